package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Access tokens on the API: scopes per endpoint, expiry, and the planned failures of the token endpoint. */
class AccessTokenTest {

    private static OktaSandbox okta;
    private static OAuthClient reader;
    private static OAuthClient manager;

    @BeforeAll
    static void start() {
        okta = OktaSandbox.builder()
                .serviceApp("0oa-reader", "okta.users.read", "okta.groups.read", "okta.schemas.read",
                        "okta.userTypes.read")
                .serviceApp("0oa-manager", "okta.users.manage", "okta.groups.manage")
                .group("Engineering")
                .start();
        reader = new OAuthClient(okta, "0oa-reader");
        manager = new OAuthClient(okta, "0oa-manager");
    }

    @AfterAll
    static void stop() {
        okta.close();
    }

    @Test
    void aReadScopeReadsButDoesNotWrite() {
        String token = reader.bearerToken("okta.users.read");

        ApiCall read = reader.call("GET", "/api/v1/users", "Bearer " + token, null);
        ApiCall write = reader.call("POST", "/api/v1/users?activate=false", "Bearer " + token, null,
                Profiles.body(Profiles.of("scoped@example.com")));

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.errorCode()).isEqualTo("E0000006");
        assertThat(write.json().path("errorSummary").asText())
                .isEqualTo("You do not have permission to perform the requested action");
        assertThat(write.header("WWW-Authenticate")).isEqualTo("Bearer authorization_uri=\"" + okta.baseUrl()
                + "/oauth2/v1/authorize\", realm=\"" + okta.baseUrl() + "\", scope=\"okta.users.manage\", "
                + "error=\"insufficient_scope\", error_description=\"The access token provided does not contain "
                + "the required scopes.\", resource=\"/api/v1/users\"");
        assertThat(okta.findByLogin("scoped@example.com")).isEmpty();
    }

    @Test
    void theManageScopeAlsoReads() {
        String token = manager.bearerToken("okta.users.manage");

        ApiCall created = manager.call("POST", "/api/v1/users?activate=false", "Bearer " + token, null,
                Profiles.body(Profiles.of("managed@example.com")));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(manager.call("GET", "/api/v1/users/managed@example.com", "Bearer " + token, null).status())
                .isEqualTo(200);
    }

    @Test
    void eachResourceHasItsOwnScopes() {
        String users = reader.bearerToken("okta.users.read");
        String all = reader.bearerToken("okta.users.read okta.groups.read okta.schemas.read okta.userTypes.read");
        String groupId = okta.group("Engineering").id();

        assertThat(reader.call("GET", "/api/v1/groups/" + groupId, "Bearer " + users, null).status()).isEqualTo(403);
        assertThat(reader.call("GET", "/api/v1/meta/types/user", "Bearer " + users, null).status()).isEqualTo(403);
        assertThat(reader.call("GET", "/api/v1/meta/schemas/user/default", "Bearer " + users, null).status())
                .isEqualTo(403);
        assertThat(reader.call("GET", "/api/v1/groups/" + groupId, "Bearer " + all, null).status()).isEqualTo(200);
        assertThat(reader.call("GET", "/api/v1/meta/types/user", "Bearer " + all, null).status()).isEqualTo(200);
        assertThat(reader.call("GET", "/api/v1/meta/schemas/user/default", "Bearer " + all, null).status())
                .isEqualTo(200);
        ApiCall refused = reader.call("GET", "/api/v1/groups/" + groupId, "Bearer " + users, null);
        assertThat(refused.header("WWW-Authenticate")).contains("scope=\"okta.groups.read\"");
    }

    @Test
    void anUnknownTokenGetsInvalidToken() {
        ApiCall answer = reader.call("GET", "/api/v1/users", "Bearer not-a-token", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("E0000011");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer authorization_uri=")
                .contains("error=\"invalid_token\", error_description=\"The access token is invalid.\"");
    }

    @Test
    void expiredTokensAreRefused() {
        String token = reader.bearerToken("okta.users.read");
        assertThat(reader.call("GET", "/api/v1/users", "Bearer " + token, null).status()).isEqualTo(200);

        okta.expireAccessTokens();

        ApiCall answer = reader.call("GET", "/api/v1/users", "Bearer " + token, null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(reader.call("GET", "/api/v1/users", "Bearer " + reader.bearerToken("okta.users.read"), null)
                .status()).isEqualTo(200);
    }

    @Test
    void tokensExpireAfterTheirLifetime() throws InterruptedException {
        try (OktaSandbox shortLived = OktaSandbox.builder().serviceApp("0oa-short", "okta.users.read")
                .accessTokenLifetime(Duration.ofSeconds(1)).start()) {
            OAuthClient client = new OAuthClient(shortLived, "0oa-short");
            ApiCall issued = client.requestToken("okta.users.read");
            assertThat(issued.json().path("expires_in").asLong()).isEqualTo(1);
            String token = issued.json().path("access_token").asText();
            assertThat(client.call("GET", "/api/v1/users", "Bearer " + token, null).status()).isEqualTo(200);

            int status = 200;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (status == 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                status = client.call("GET", "/api/v1/users", "Bearer " + token, null).status();
            }
            assertThat(status).isEqualTo(401);
        }
    }

    @Test
    void sswsStillWorksBesideOAuth() {
        assertThat(new SandboxClient(okta).get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void plannedTooManyRequestsCarryOktasRateLimitHeaders() {
        long before = okta.counters().tokenRequests();
        okta.failNextTokenRequests(429, 2);

        ApiCall first = reader.requestToken("okta.users.read");
        ApiCall second = reader.requestToken("okta.users.read");
        ApiCall third = reader.requestToken("okta.users.read");

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.errorCode()).isEqualTo("E0000047");
        assertThat(first.header("X-Rate-Limit-Remaining")).isEqualTo("0");
        assertThat(first.header("X-Rate-Limit-Limit")).isEqualTo("600");
        assertThat(Long.parseLong(first.header("X-Rate-Limit-Reset")))
                .isGreaterThanOrEqualTo(System.currentTimeMillis() / 1000);
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(okta.counters().tokenRequests() - before).isEqualTo(3);
    }

    @Test
    void plannedOutagesAnswer503() {
        okta.failNextTokenRequests(503, 1);

        ApiCall down = reader.requestToken("okta.users.read");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.errorCode()).isEqualTo("E0000009");
        assertThat(reader.requestToken("okta.users.read").status()).isEqualTo(200);
    }

    @Test
    void resetForgetsPlannedFailuresButKeepsAppsAndIssuedTokens() {
        String token = reader.bearerToken("okta.users.read");
        okta.failNextTokenRequests(503, 5);

        okta.reset();

        assertThat(reader.requestToken("okta.users.read").status()).isEqualTo(200);
        assertThat(reader.call("GET", "/api/v1/users", "Bearer " + token, null).status()).isEqualTo(200);
        assertThat(okta.counters().tokenRequests()).isEqualTo(1);
        assertThat(okta.counters().tokensIssued()).isEqualTo(1);
    }

    @Test
    void onlyRateLimitAndServerErrorsCanBePlanned() {
        assertThatThrownBy(() -> okta.failNextTokenRequests(400, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("429");
    }

    @Test
    void theTokenEndpointIsABucketOfItsOwn() {
        try (OktaSandbox limited = OktaSandbox.builder().serviceApp("0oa-limited", "okta.users.read")
                .rateLimit(Bucket.TOKEN, 1, Duration.ofMinutes(1)).start()) {
            OAuthClient client = new OAuthClient(limited, "0oa-limited");
            String token = client.bearerToken("okta.users.read");

            ApiCall spent = client.requestToken("okta.users.read");

            assertThat(spent.status()).isEqualTo(429);
            assertThat(spent.header("X-Rate-Limit-Limit")).isEqualTo("1");
            assertThat(client.call("GET", "/api/v1/users", "Bearer " + token, null).status()).isEqualTo(200);
            assertThat(limited.counters().requests(Bucket.TOKEN)).isEqualTo(2);
        }
    }
}
