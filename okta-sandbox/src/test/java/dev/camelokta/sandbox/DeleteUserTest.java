package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code DELETE /api/v1/users/{id}}: Okta's two steps, the dangerous part for a client that sends it twice.
 * The first deactivates, the second deletes, both 204; then 404.
 */
class DeleteUserTest {

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().group("Engineering"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void theFirstDeleteDeactivatesTheSecondDeletesAndThenTheUserIsNotFound() {
        String id = client.createUser(Profiles.of("isaac@example.com")).path("id").asText();
        String path = "/api/v1/users/" + id;

        ApiCall first = client.send("DELETE", path, null);

        assertThat(first.status()).isEqualTo(204);
        assertThat(first.body()).isEmpty();
        assertThat(client.get(path).json().path("status").asText()).isEqualTo("DEPROVISIONED");
        assertThat(okta.sandbox().users()).hasSize(1);

        ApiCall second = client.send("DELETE", path + "?sendEmail=true", null);

        assertThat(second.status()).isEqualTo(204);
        assertThat(okta.sandbox().users()).isEmpty();
        ApiCall third = client.send("DELETE", path, null);
        ApiCall get = client.get(path);
        assertThat(third.status()).isEqualTo(404);
        assertThat(third.errorCode()).isEqualTo("E0000007");
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.json().path("errorSummary").asText()).isEqualTo("Not found: Resource not found: " + id + " (User)");
    }

    @Test
    void aDeactivatedUserIsDeletedAtOnce() {
        String id = client.createUser(Profiles.of("gone@example.com")).path("id").asText();
        client.send("POST", "/api/v1/users/" + id + "/lifecycle/deactivate", null);

        assertThat(client.send("DELETE", "/api/v1/users/" + id, null).status()).isEqualTo(204);
        assertThat(okta.sandbox().findUser(id)).isEmpty();
    }

    @Test
    void deletingFreesTheLoginAndTheGroupsForgetTheUser() {
        String id = client.createUser(Profiles.of("member@example.com")).path("id").asText();
        String group = okta.sandbox().group("Engineering").id();
        okta.sandbox().addToGroup(group, id);

        client.send("DELETE", "/api/v1/users/" + id, null);
        assertThat(okta.sandbox().members(group)).as("a deactivated user stays a member").hasSize(1);
        client.send("DELETE", "/api/v1/users/" + id, null);

        assertThat(okta.sandbox().members(group)).isEmpty();
        assertThat(client.get("/api/v1/groups/" + group + "/users").json().size()).isZero();
        assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("member@example.com"))).status())
                .isEqualTo(200);
    }

    @Test
    void deleteTakesTheLoginAndCountsAsAnUpdate() {
        client.createUser(Profiles.of("login@example.com"));

        assertThat(client.send("DELETE", "/api/v1/users/login@example.com", null).status()).isEqualTo(204);
        assertThat(okta.sandbox().counters().requests(Bucket.UPDATE_USER)).isEqualTo(1);
    }

    @Test
    void refusesAParameterTheSpecDoesNotDeclareAndChangesNothing() {
        String id = client.createUser(Profiles.of("p@example.com")).path("id").asText();

        ApiCall refused = client.send("DELETE", "/api/v1/users/" + id + "?force=true", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000002");
        assertThat(okta.sandbox().findUser(id).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void revokingSessionsAnswers204ForAUserAnd404Otherwise() {
        String id = client.createUser(Profiles.of("s@example.com")).path("id").asText();

        ApiCall revoked = client.send("DELETE", "/api/v1/users/" + id + "/sessions?oauthTokens=true", null);
        ApiCall plain = client.send("DELETE", "/api/v1/users/" + id + "/sessions", null);
        ApiCall unknown = client.send("DELETE", "/api/v1/users/00uNoSuchUser00000000/sessions", null);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(plain.status()).isEqualTo(204);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("E0000007");
    }
}
