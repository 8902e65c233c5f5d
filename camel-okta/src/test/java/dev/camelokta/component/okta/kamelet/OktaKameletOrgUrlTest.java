package dev.camelokta.component.okta.kamelet;

import java.util.Map;

import dev.camelokta.component.okta.OktaEndpoint;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kamelets' connection properties as a user with an okta.com org sets them: a subdomain and no baseUrl. Only the
 * endpoint the Kamelet builds is checked; nothing is sent.
 */
class OktaKameletOrgUrlTest {

    @Test
    void aSubdomainWithoutBaseUrlTargetsTheOktaComOrg() throws Exception {
        try (CamelContext context = KameletRoutes.start("kamelets-test/okta-kamelet-subdomain-route.yaml",
                Map.of("okta.api-token", "00kamelet-test-token"))) {

            OktaEndpoint okta = context.getEndpoints().stream()
                    .filter(OktaEndpoint.class::isInstance).map(OktaEndpoint.class::cast)
                    .findFirst().orElseThrow();

            assertThat(okta.getServiceUrl()).isEqualTo("https://acme.okta.com");
            assertThat(okta.getConfiguration().getBaseUrl()).as("an unset baseUrl is left out of the URI")
                    .isNull();
            assertThat(okta.getConfiguration().getApiToken()).isEqualTo("00kamelet-test-token");
        }
    }

    @Test
    void aMissingApiTokenStopsTheRouteFromStartingAndIsNamed() {
        String routes = "kamelets-test/okta-kamelet-no-token-route.yaml";

        assertThatThrownBy(() -> KameletRoutes.start(routes, Map.of()).close()).hasStackTraceContaining("apiToken");
    }
}
