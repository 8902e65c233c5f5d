package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().apiToken("00sandbox-token"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void acceptsTheConfiguredTokenWithTheSswsScheme() {
        assertThat(client.withAuthorization("SSWS 00sandbox-token").get("/api/v1/meta/types/user").status())
                .isEqualTo(200);
    }

    @Test
    void refusesAMissingTokenWithE0000011() {
        ApiCall refused = client.withAuthorization(null).get("/api/v1/users/anybody@example.com");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("E0000011");
        assertThat(refused.json().path("errorSummary").asText()).isEqualTo("Invalid token provided");
    }

    @Test
    void refusesAWrongTokenOrAnotherScheme() {
        assertThat(client.withAuthorization("SSWS wrong").get("/api/v1/meta/types/user").status()).isEqualTo(401);
        assertThat(client.withAuthorization("Bearer 00sandbox-token").get("/api/v1/meta/types/user").status())
                .isEqualTo(401);
        assertThat(client.withAuthorization("SSWS 00sandbox-token-and-more").get("/api/v1/meta/types/user").status())
                .isEqualTo(401);
    }

    @Test
    void aRefusedRequestCreatesNothing() {
        ApiCall refused = client.withAuthorization("SSWS wrong")
                .post("/api/v1/users", Profiles.body(Profiles.of("nobody@example.com")));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(okta.sandbox().findByLogin("nobody@example.com")).isEmpty();
    }

    @Test
    void generatesAnOktaShapedTokenWhenNoneIsGiven() {
        try (OktaSandbox generated = OktaSandbox.start()) {
            assertThat(generated.apiToken()).hasSize(42).startsWith("00");
            assertThat(generated.apiToken()).isNotEqualTo(okta.apiToken());
            assertThat(generated.toString()).contains(generated.baseUrl()).doesNotContain(generated.apiToken());
            assertThat(new SandboxClient(generated).get("/api/v1/meta/types/user").status()).isEqualTo(200);
        }
    }
}
