package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import org.junit.jupiter.api.Test;

/** {@code seedUsers(n)}: many users at start, for benchmarks, that behave as any others. */
class SeedUsersTest {

    @Test
    void seedsAHundredThousandUsersThatTheApiServesAndPages() {
        try (OktaSandbox okta = OktaSandbox.builder().seedUsers(100_000).rateLimitsEnabled(false).start()) {
            SandboxClient client = new SandboxClient(okta);

            ApiCall first = client.get("/api/v1/users?limit=200");
            ApiCall last = client.get("/api/v1/users/seed.user100000@example.com");
            ApiCall search = client.get("/api/v1/users?search=profile.login+eq+%22seed.user4242%40example.com%22");

            assertThat(okta.userCount()).isEqualTo(100_000);
            assertThat(first.json().size()).isEqualTo(200);
            assertThat(first.json().get(0).path("profile").path("login").asText()).isEqualTo("seed.user1@example.com");
            assertThat(String.join(",", first.headers().allValues("Link"))).contains("rel=\"next\"");
            assertThat(last.status()).isEqualTo(200);
            assertThat(last.json().path("status").asText()).isEqualTo("ACTIVE");
            assertThat(search.json().size()).isEqualTo(1);
            assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("seed.user7@example.com"))).status())
                    .as("their logins are taken").isEqualTo(400);
            assertThat(client.send("POST", "/api/v1/users/seed.user7@example.com/lifecycle/suspend", null).status())
                    .isEqualTo(200);
            assertThat(okta.counters().usersCreated()).as("seeded users were not created through the API").isZero();
        }
    }

    @Test
    void aResetSeedsThemAgain() {
        try (OktaSandbox okta = OktaSandbox.builder().seedUsers(3).start()) {
            okta.createUser(java.util.Map.of("login", "x@example.com", "email", "x@example.com", "firstName", "X",
                    "lastName", "Y"));

            okta.reset();

            assertThat(okta.users()).extracting(SandboxUser::login).containsExactly("seed.user1@example.com",
                    "seed.user2@example.com", "seed.user3@example.com");
        }
        assertThatThrownBy(() -> OktaSandbox.builder().seedUsers(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
