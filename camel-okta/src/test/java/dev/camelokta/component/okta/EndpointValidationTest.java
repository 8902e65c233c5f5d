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
                wrong("okta:purgeUser?subdomain=acme" + API_TOKEN, "Unknown okta operation 'purgeUser'", "okta:createUser"));
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
