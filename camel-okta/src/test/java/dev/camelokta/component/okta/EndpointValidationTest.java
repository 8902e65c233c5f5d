package dev.camelokta.component.okta;

import java.util.stream.Stream;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Wrong connection options fail when the endpoint is created, naming the option and showing a correct value.
 */
class EndpointValidationTest extends OktaTestSupport {

    private static final String API_TOKEN = "&apiToken=RAW(" + TOKEN + ")";

    static Stream<Arguments> wrongOptions() {
        return Stream.of(
                wrong("okta:getUser?subdomain=acme", "needs the option apiToken", "apiToken=RAW("),
                wrong("okta:getUser?subdomain=acme&apiToken=", "needs the option apiToken", "apiToken=RAW("),
                wrong("okta:getUser?subdomain=acme.okta.com" + API_TOKEN, "Invalid option subdomain 'acme.okta.com'",
                        "subdomain=acme for https://acme.okta.com"),
                wrong("okta:getUser?subdomain=evil.com/x" + API_TOKEN, "Invalid option subdomain 'evil.com/x'",
                        "subdomain=acme for https://acme.okta.com"),
                wrong("okta:getUser?subdomain=" + API_TOKEN, "Invalid option subdomain ''", "subdomain=acme"),
                wrong("okta:getUser?subdomain=RAW(   )" + API_TOKEN, "Invalid option subdomain '   '", "subdomain=acme"),
                wrong("okta:getUser?subdomain=%20" + API_TOKEN, "Invalid option subdomain ' '", "subdomain=acme"),
                wrong("okta:getUser?maxRetries=0" + API_TOKEN, "needs the option subdomain", "subdomain=acme"),
                wrong("okta:getUser?baseUrl=http://acme.okta.com" + API_TOKEN,
                        "Invalid option baseUrl 'http://acme.okta.com': https is required", "baseUrl=https://"),
                wrong("okta:purgeUser?subdomain=acme" + API_TOKEN, "Unknown okta operation 'purgeUser'", "okta:createUser"),
                // a timeout of 0 would wait forever; Camel itself names no option for -1 and reads -5s as 0
                wrong("okta:getUser?subdomain=acme&responseTimeout=0" + API_TOKEN, "Invalid option responseTimeout 0:",
                        "e.g. responseTimeout=30s"),
                wrong("okta:getUser?subdomain=acme&responseTimeout=-1" + API_TOKEN, "Invalid option responseTimeout -1:",
                        "e.g. responseTimeout=30s"),
                wrong("okta:getUser?subdomain=acme&responseTimeout=-5s" + API_TOKEN, "Invalid option responseTimeout -5s:",
                        "e.g. responseTimeout=30s"),
                wrong("okta:getUser?subdomain=acme&responseTimeout=soon" + API_TOKEN,
                        "Invalid option responseTimeout soon:", "e.g. responseTimeout=30s"),
                wrong("okta:getUser?subdomain=acme&connectTimeout=0" + API_TOKEN, "Invalid option connectTimeout 0:",
                        "e.g. connectTimeout=10s"),
                wrong("okta:getUser?subdomain=acme&connectTimeout=-1" + API_TOKEN, "Invalid option connectTimeout -1:",
                        "e.g. connectTimeout=10s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongOptions")
    void refusesTheEndpoint(String uri, String namesTheOption, String showsACorrectValue) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining(namesTheOption)
                .hasMessageContaining(showsACorrectValue)
                .hasMessageNotContaining(TOKEN);
    }

    @ParameterizedTest(name = "{0}=0 on the component")
    @CsvSource({ "connectTimeout, connectTimeout=10s", "responseTimeout, responseTimeout=30s" })
    void refusesATimeoutOf0SetOnTheComponent(String option, String showsACorrectValue) {
        OktaConfiguration defaults = context.getComponent("okta", OktaComponent.class).getConfiguration();
        if (option.equals("connectTimeout")) {
            defaults.setConnectTimeout(0);
        } else {
            defaults.setResponseTimeout(0);
        }

        assertThatThrownBy(() -> context.getEndpoint("okta:getUser?subdomain=acme" + API_TOKEN))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Invalid option " + option + " 0:")
                .hasMessageContaining(showsACorrectValue);
    }

    @Test
    void acceptsTimeoutsAsMillisecondsOrDurations() {
        OktaEndpoint endpoint = context.getEndpoint("okta:getUser?subdomain=acme&connectTimeout=1500&responseTimeout=2s"
                                                    + API_TOKEN, OktaEndpoint.class);

        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(1500);
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(2000);
    }

    @Test
    void subdomainMakesTheOktaComOrgUrl() {
        OktaEndpoint endpoint = context.getEndpoint("okta:getUser?subdomain=acme" + API_TOKEN, OktaEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo("https://acme.okta.com");
    }

    @Test
    void httpsBaseUrlOfAnyDomainIsAccepted() {
        OktaEndpoint endpoint = context.getEndpoint("okta:getUser?baseUrl=https://acme.okta-emea.com" + API_TOKEN,
                OktaEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo("https://acme.okta-emea.com");
    }

    @Test
    void baseUrlWinsOverSubdomain() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user")), oktaJson(200, "user-types.json"));
        String uri = oktaUri("listTypeIdOptions", "subdomain=acme");

        assertThat(context.getEndpoint(uri, OktaEndpoint.class).getServiceUrl()).isEqualTo(baseUrl());
        assertThat(optionsResult(call(uri, null)).isSuccess()).isTrue();
        assertOnlyRequest(getRequestedFor(urlEqualTo("/api/v1/meta/types/user")));
    }

    @ParameterizedTest(name = "okta:{0}")
    @CsvSource({
            "create_user,          createUser",
            "get_user,             getUser",
            "update_user,          updateUser",
            "list_type_id_options, listTypeIdOptions" })
    void acceptsTheCardsSnakeCaseOperationNames(String cardName, OktaOperation operation) {
        OktaEndpoint endpoint = context.getEndpoint(oktaUri(cardName), OktaEndpoint.class);

        assertThat(endpoint.getConfiguration().getOperation()).isEqualTo(operation);
    }

    @Test
    void aSnakeCaseEndpointCallsOkta() {
        givenOkta(get(urlEqualTo("/api/v1/users/00ub0oNGTSWTBKOLGLNR")), oktaJson(200, "user.json"));

        assertThat(userResult(call(oktaUri("get_user"), "00ub0oNGTSWTBKOLGLNR")).isSuccess()).isTrue();
        assertOnlyRequest(getRequestedFor(urlEqualTo("/api/v1/users/00ub0oNGTSWTBKOLGLNR")));
    }

    private static Arguments wrong(String uri, String namesTheOption, String showsACorrectValue) {
        return Arguments.of(uri, namesTheOption, showsACorrectValue);
    }
}
