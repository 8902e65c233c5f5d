package dev.camelokta.examples.provisioning;

import java.util.Map;

import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.UserType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OktaTargetTest {

    @Test
    void withoutVariablesItStartsTheSandboxAndPointsTheComponentAndTheSampleDataAtIt() {
        try (OktaTarget target = OktaTarget.resolve(Environment.of(Map.of()))) {
            OktaSandbox sandbox = target.sandbox().orElseThrow();

            assertThat(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(target.properties()).isEqualTo(Map.of(
                    "camel.component.okta.base-url", sandbox.baseUrl(),
                    "camel.component.okta.api-token", sandbox.apiToken(),
                    OktaTarget.SAMPLE_DATA_PROPERTY, "true"));
            assertThat(sandbox.userTypes()).extracting(UserType::name).contains("contractor");
        }
    }

    @Test
    void withATenantItNeverStartsTheSandboxNorLoadsTheSampleUsers() {
        try (OktaTarget target = OktaTarget.resolve(Environment.of(Map.of("OKTA_SUBDOMAIN", "acme",
                "OKTA_API_TOKEN", "00secret")))) {
            assertThat(target.sandbox()).isEmpty();
            assertThat(target.properties()).isEqualTo(Map.of("camel.component.okta.subdomain", "acme",
                    "camel.component.okta.api-token", "00secret"));
        }
    }
}
