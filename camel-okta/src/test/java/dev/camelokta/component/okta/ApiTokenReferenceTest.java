package dev.camelokta.component.okta;

import java.util.Properties;

import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * apiToken may name where the token is, env:NAME or property:KEY, and the component reads it there itself: the token
 * then shows in no endpoint URI, no placeholder and no camel.* property, which Camel logs.
 */
class ApiTokenReferenceTest extends OktaTestSupport {

    /** Set as OKTA_TEST_API_TOKEN by surefire (camel-okta/pom.xml). */
    private static final String ENV_TOKEN = "00EnvTokenOfTheTests-q8Zr2Lw9Vb4Nc1Md8PfXy";
    private static final String PROPERTY_TOKEN = "00PropertyToken-Wz3Kc8Tn5Lq1";
    private static final String COMPONENT_TOKEN = "00ComponentToken-Rb6Yd2Hs9Vm4";

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return properties("okta.api-token", PROPERTY_TOKEN,
                "okta.token-from-environment", "env:OKTA_TEST_API_TOKEN",
                "okta.one", "property:okta.two", "okta.two", "property:okta.one");
    }

    @BeforeEach
    void oktaListsUserTypes() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user")), oktaJson(200, "user-types.json"));
    }

    @Test
    void envNamesAnEnvironmentVariable() {
        assertSendsAndHides("okta:listTypeIdOptions?baseUrl=" + baseUrl() + "&apiToken=env:OKTA_TEST_API_TOKEN", ENV_TOKEN);
    }

    @Test
    void propertyNamesAProperty() {
        assertSendsAndHides("okta:listTypeIdOptions?baseUrl=" + baseUrl() + "&apiToken=property:okta.api-token",
                PROPERTY_TOKEN);
    }

    @Test
    void aPropertyMayNameAnEnvironmentVariable() {
        assertSendsAndHides(
                "okta:listTypeIdOptions?baseUrl=" + baseUrl() + "&apiToken=property:okta.token-from-environment", ENV_TOKEN);
    }

    @Test
    void theComponentsApiTokenMayBeAReferenceToo() {
        component().getConfiguration().setApiToken("env:OKTA_TEST_API_TOKEN");

        assertSendsAndHides("okta:listTypeIdOptions?baseUrl=" + baseUrl(), ENV_TOKEN);
    }

    @Test
    void anOptionalPropertyThatIsNotSetLeavesTheComponentsToken() {
        component().getConfiguration().setApiToken(COMPONENT_TOKEN);

        assertSendsAndHides("okta:listTypeIdOptions?baseUrl=" + baseUrl() + "&apiToken=property:?okta.no-such-key",
                COMPONENT_TOKEN);
    }

    @Test
    void anOptionalPropertyThatIsNotSetWithoutAComponentTokenIsAMissingToken() {
        assertThatThrownBy(() -> context.getEndpoint(
                "okta:getUser?subdomain=acme&apiToken=property:?okta.no-such-key"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("needs the option apiToken");
    }

    @Test
    void anEnvironmentVariableThatIsNotSetIsNamed() {
        assertThatThrownBy(() -> context.getEndpoint("okta:getUser?subdomain=acme&apiToken=env:OKTA_NO_SUCH_VARIABLE"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Invalid option apiToken 'env:OKTA_NO_SUCH_VARIABLE': the environment variable "
                                      + "OKTA_NO_SUCH_VARIABLE is not set; set it to your Okta API token");
    }

    @Test
    void aPropertyThatIsNotSetIsNamed() {
        assertThatThrownBy(() -> context.getEndpoint("okta:getUser?subdomain=acme&apiToken=property:okta.no-such-key"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Invalid option apiToken 'property:okta.no-such-key': no property okta.no-such-key "
                                      + "is set");
    }

    @Test
    void referencesInACircleAreRefused() {
        assertThatThrownBy(() -> context.getEndpoint("okta:getUser?subdomain=acme&apiToken=property:okta.one"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Invalid option apiToken 'property:okta.one': it leads through more than 4 references");
    }

    private void assertSendsAndHides(String uri, String token) {
        OktaEndpoint endpoint = context.getEndpoint(uri, OktaEndpoint.class);

        assertThat(optionsResult(call(uri, null)).isSuccess()).isTrue();
        OKTA.verify(1, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("SSWS " + token)));
        assertThat(endpoint.getEndpointUri()).as("the URI holds the name only").doesNotContain(token);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(token);
        assertThat(endpoint.toString()).doesNotContain(token);
    }

    private OktaComponent component() {
        return context.getComponent("okta", OktaComponent.class);
    }
}
