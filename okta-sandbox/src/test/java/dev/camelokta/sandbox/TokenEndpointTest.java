package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /oauth2/v1/token}: the client credentials grant with a private_key_jwt client assertion. */
class TokenEndpointTest {

    private static OktaSandbox okta;
    private static OAuthClient rsa;
    private static OAuthClient ec;

    @BeforeAll
    static void start() {
        okta = OktaSandbox.builder()
                .serviceApp("0oa-rsa", "okta.users.read", "okta.users.manage")
                .serviceApp(ServiceAppDefinition.builder("0oa-ec").scopes("okta.users.read")
                        .generatedKey(KeyType.EC).build())
                .start();
        rsa = new OAuthClient(okta, "0oa-rsa");
        ec = new OAuthClient(okta, "0oa-ec");
    }

    @AfterAll
    static void stop() {
        okta.close();
    }

    @Test
    void issuesABearerTokenForAnRsaSignedAssertion() {
        ApiCall answer = rsa.requestToken("okta.users.read okta.users.manage");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(json.path("scope").asText()).isEqualTo("okta.users.read okta.users.manage");
        assertThat(json.path("access_token").asText()).isNotBlank();
        assertThat(answer.header("Cache-Control")).contains("no-store");
        assertThat(answer.header("X-Rate-Limit-Limit")).isEqualTo("600");
    }

    @Test
    void issuesATokenForAnEcSignedAssertion() {
        assertThat(okta.serviceAppPrivateKeyPem("0oa-ec")).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(okta.serviceAppKeyId("0oa-ec")).isEqualTo("0oa-ec-key-1");

        ApiCall answer = ec.requestToken("okta.users.read");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(okta.lastTokenRequest()).get().satisfies(seen -> {
            assertThat(seen.clientAssertion()).get().satisfies(jwt -> assertThat(jwt.header("alg"))
                    .isEqualTo("ES256"));
            assertThat(seen.status()).isEqualTo(200);
        });
    }

    @Test
    void theTokenOpensTheApiWithTheBearerScheme() {
        String token = rsa.bearerToken("okta.users.read");

        ApiCall users = rsa.call("GET", "/api/v1/users", "Bearer " + token, null);

        assertThat(users.status()).isEqualTo(200);
    }

    @Test
    void recordsTheRequestShape() {
        rsa.requestToken("okta.users.read");

        TokenRequestRecord seen = okta.lastTokenRequest().orElseThrow();
        assertThat(seen.parameter("grant_type")).isEqualTo("client_credentials");
        assertThat(seen.parameter("client_assertion_type"))
                .isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(seen.clientAssertion()).get().satisfies(jwt -> {
            assertThat(jwt.header("kid")).isEqualTo("0oa-rsa-key-1");
            assertThat(jwt.claim("aud")).isEqualTo(okta.tokenUrl());
            assertThat(jwt.claim("iss")).isEqualTo("0oa-rsa");
        });
        assertThat(seen.toString()).doesNotContain(seen.parameter("client_assertion"));
        assertThat(okta.counters().tokenRequests()).isPositive();
    }

    @Test
    void refusesAnAssertionSignedWithAnotherKey() {
        String foreign = OAuthClient.sign(OAuthClient.privateKey(okta.serviceAppPrivateKeyPem("0oa-ec")),
                "0oa-rsa-key-1", rsa.assertionClaims().build());

        ApiCall answer = rsa.requestToken(rsa.form("okta.users.read", foreign), null);

        assertInvalidClient(answer, "The client_assertion signature is invalid.");
    }

    @Test
    void refusesAWrongKid() {
        ApiCall answer = rsa.requestToken(rsa.form("okta.users.read",
                rsa.assertion(rsa.assertionClaims().build(), "0oa-rsa-key-2")), null);

        assertInvalidClient(answer, "The client_assertion JWT kid is invalid.");
    }

    @Test
    void refusesAnotherAudience() {
        ApiCall answer = rsa.requestToken(rsa.form("okta.users.read", rsa.assertion(
                rsa.assertionClaims().audience(okta.baseUrl() + "/oauth2/default/v1/token").build(),
                "0oa-rsa-key-1")), null);

        assertInvalidClient(answer,
                "The audience claim for client_assertion must be the endpoint invoked for the request.");
    }

    @Test
    void refusesAnExpiredAssertion() {
        Instant past = Instant.now().minusSeconds(60);
        ApiCall answer = rsa.requestToken(rsa.form("okta.users.read", rsa.assertion(rsa.assertionClaims()
                .issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past)).build(),
                "0oa-rsa-key-1")), null);

        assertInvalidClient(answer, "The client_assertion token is expired.");
    }

    @Test
    void refusesAnAssertionThatLivesLongerThanAnHour() {
        Instant now = Instant.now();
        ApiCall answer = rsa.requestToken(rsa.form("okta.users.read", rsa.assertion(rsa.assertionClaims()
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3700))).build(),
                "0oa-rsa-key-1")), null);

        assertInvalidClient(answer, "The client_assertion token has an expiration too far into the future.");
    }

    @Test
    void refusesAReplayedAssertion() {
        String assertion = rsa.assertion();
        assertThat(rsa.requestToken(rsa.form("okta.users.read", assertion), null).status()).isEqualTo(200);

        ApiCall replay = rsa.requestToken(rsa.form("okta.users.read", assertion), null);

        assertInvalidClient(replay, "The 'jti' claim of the client_assertion token has already been used.");
    }

    @Test
    void refusesAScopeNotGrantedToTheApp() {
        ApiCall answer = ec.requestToken("okta.users.read okta.users.manage");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("invalid_scope");
        assertThat(answer.json().path("error_description").asText()).contains("okta.users.manage")
                .doesNotContain("okta.users.read");
    }

    @Test
    void refusesAnUnknownClient() {
        OAuthClient stranger = new OAuthClient(okta, "0oa-unknown",
                OAuthClient.privateKey(okta.serviceAppPrivateKeyPem("0oa-rsa")), "0oa-rsa-key-1");

        assertInvalidClient(stranger.requestToken("okta.users.read"), "Invalid value for 'client_id' parameter.");
    }

    @Test
    void refusesARequestWithoutAssertion() {
        ApiCall answer = rsa.requestToken(rsa.form("okta.users.read", ""), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(List.of(answer.json().fieldNames().next())).containsExactly("error");
    }

    static void assertInvalidClient(ApiCall answer, String description) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(answer.json().path("error_description").asText()).isEqualTo(description);
    }
}
