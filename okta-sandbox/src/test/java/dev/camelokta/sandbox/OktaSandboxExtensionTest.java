package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OktaSandboxExtensionTest {

    @RegisterExtension
    static OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().userType("Contractor", "contractor"))
            .build();

    @Test
    @Order(1)
    void injectsTheRunningSandbox(OktaSandbox sandbox) {
        assertThat(sandbox).isSameAs(okta.sandbox());
        assertThat(okta.baseUrl()).isEqualTo(sandbox.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(okta.apiToken()).isEqualTo(sandbox.apiToken());
        assertThat(sandbox.userType("contractor").displayName()).isEqualTo("Contractor");

        new SandboxClient(sandbox).createUser(Profiles.of("first.test@example.com"));
        assertThat(sandbox.users()).hasSize(1);
    }

    @Test
    @Order(2)
    void resetsTheSandboxBeforeEachTest(OktaSandbox sandbox) {
        assertThat(sandbox.users()).isEmpty();
        assertThat(sandbox.counters().totalRequests()).isZero();
    }

    @Nested
    class InANestedClass {

        @Test
        void theSameSandboxServes(OktaSandbox sandbox) {
            assertThat(sandbox).isSameAs(okta.sandbox());
            assertThat(new SandboxClient(sandbox).get("/api/v1/meta/types/user").status()).isEqualTo(200);
        }
    }
}
