package dev.camelokta.examples.provisioning;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OktaTenantTest {

    @Test
    void noVariablesMeansNoTenant() {
        assertThat(OktaTenant.fromEnvironment(Environment.of(Map.of()))).isEmpty();
        assertThat(OktaTenant.fromEnvironment(Environment.of(Map.of("OKTA_SUBDOMAIN", " ", "OKTA_API_TOKEN", "")))).isEmpty();
    }

    @Test
    void aSubdomainAndTokenConfigureTheComponent() {
        OktaTenant tenant = OktaTenant.fromEnvironment(Environment.of(Map.of("OKTA_SUBDOMAIN", "acme",
                "OKTA_API_TOKEN", "00secret"))).orElseThrow();

        assertThat(tenant.componentProperties()).isEqualTo(Map.of("camel.component.okta.subdomain", "acme",
                "camel.component.okta.api-token", "00secret"));
        assertThat(tenant.describe()).isEqualTo("https://acme.okta.com (OKTA_SUBDOMAIN)");
        assertThat(tenant.toString()).doesNotContain("00secret");
    }

    @Test
    void aBaseUrlWinsOverTheSubdomain() {
        OktaTenant tenant = OktaTenant.fromEnvironment(Environment.of(Map.of("OKTA_SUBDOMAIN", "acme",
                "OKTA_BASE_URL", "https://acme.okta-emea.com", "OKTA_API_TOKEN", "00secret"))).orElseThrow();

        assertThat(tenant.componentProperties()).isEqualTo(Map.of("camel.component.okta.base-url",
                "https://acme.okta-emea.com", "camel.component.okta.api-token", "00secret"));
    }

    @Test
    void halfAConfigurationFailsRatherThanFallingBackToTheSandbox() {
        assertThatThrownBy(() -> OktaTenant.fromEnvironment(Environment.of(Map.of("OKTA_SUBDOMAIN", "acme"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("OKTA_SUBDOMAIN is set but OKTA_API_TOKEN is not");
        assertThatThrownBy(() -> OktaTenant.fromEnvironment(Environment.of(Map.of("OKTA_API_TOKEN", "00secret"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("OKTA_API_TOKEN is set but OKTA_SUBDOMAIN is not");
    }
}
