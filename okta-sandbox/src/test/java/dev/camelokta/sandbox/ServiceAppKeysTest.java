package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service apps with keys of their own, several keys (key rotation), and the other refusals of the form. */
class ServiceAppKeysTest {

    @Test
    void aRegisteredPublicJwkVerifiesAssertionsSignedWithItsPrivateKey() throws JOSEException {
        RSAKey own = new RSAKeyGenerator(2048).keyID("own-1").generate();
        try (OktaSandbox okta = OktaSandbox.builder().serviceApp(ServiceAppDefinition.builder("0oa-own")
                .scopes("okta.users.read").publicJwk(own.toPublicJWK().toJSONString()).build()).start()) {
            OAuthClient client = new OAuthClient(okta, "0oa-own", own.toPrivateKey(), "own-1");

            assertThat(client.requestToken("okta.users.read").status()).isEqualTo(200);
            assertThatThrownBy(() -> okta.serviceAppPrivateKeyPem("0oa-own"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("public keys only");
        }
    }

    @Test
    void withSeveralKeysTheAssertionMustNameItsKey() throws JOSEException {
        RSAKey next = new RSAKeyGenerator(2048).keyID("0oa-rotating-key-2").generate();
        try (OktaSandbox okta = OktaSandbox.builder().serviceApp(ServiceAppDefinition.builder("0oa-rotating")
                .scopes("okta.users.read").generatedKey(KeyType.RSA).publicJwk(next.toPublicJWK()).build())
                .start()) {
            OAuthClient current = new OAuthClient(okta, "0oa-rotating");
            OAuthClient rotated = new OAuthClient(okta, "0oa-rotating", next.toPrivateKey(), "0oa-rotating-key-2");

            ApiCall withoutKid = current.requestToken(current.form("okta.users.read",
                    current.assertion(current.assertionClaims().build(), null)), null);

            TokenEndpointTest.assertInvalidClient(withoutKid, "The client_assertion JWT kid is invalid.");
            assertThat(current.requestToken("okta.users.read").status()).isEqualTo(200);
            assertThat(rotated.requestToken("okta.users.read").status()).isEqualTo(200);
        }
    }

    @Test
    void withOneKeyTheKidMayBeLeftOut() {
        try (OktaSandbox okta = OktaSandbox.builder().serviceApp("0oa-single", "okta.users.read").start()) {
            OAuthClient client = new OAuthClient(okta, "0oa-single");

            assertThat(client.requestToken(client.form("okta.users.read",
                    client.assertion(client.assertionClaims().build(), null)), null).status()).isEqualTo(200);
        }
    }

    @Test
    void issuerAndSubjectMustBeTheClientId() {
        try (OktaSandbox okta = OktaSandbox.builder().serviceApp("0oa-a", "okta.users.read").start()) {
            OAuthClient client = new OAuthClient(okta, "0oa-a");

            ApiCall answer = client.requestToken(client.form("okta.users.read", client.assertion(
                    client.assertionClaims().issuer("someone-else").build(), okta.serviceAppKeyId("0oa-a"))), null);

            TokenEndpointTest.assertInvalidClient(answer,
                    "The 'iss' and 'sub' claims of the client_assertion must both be the client_id.");
        }
    }

    @Test
    void refusesOtherGrantsAndBodiesWithOAuthErrors() {
        try (OktaSandbox okta = OktaSandbox.builder().serviceApp("0oa-a", "okta.users.read").start()) {
            OAuthClient client = new OAuthClient(okta, "0oa-a");
            Map<String, String> password = new java.util.LinkedHashMap<>(client.form("okta.users.read",
                    client.assertion()));
            password.put("grant_type", "password");
            Map<String, String> noScope = new java.util.LinkedHashMap<>(client.form("okta.users.read",
                    client.assertion()));
            noScope.remove("scope");

            ApiCall wrongGrant = client.requestToken(password, null);
            ApiCall missingScope = client.requestToken(noScope, null);
            ApiCall json = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(okta.tokenUrl()))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
            ApiCall get = client.call("GET", "/oauth2/v1/token", null, null);
            Map<String, String> huge = new java.util.LinkedHashMap<>(client.form("okta.users.read",
                    client.assertion()));
            huge.put("padding", "x".repeat(TokenEndpoint.MAX_FORM_BYTES));
            ApiCall tooLarge = client.requestToken(huge, null);
            ApiCall malformedProof = client.call("GET", "/api/v1/users",
                    "DPoP " + client.dpopToken("okta.users.read"), "not.a.jwt");

            assertThat(wrongGrant.status()).isEqualTo(400);
            assertThat(wrongGrant.json().path("error").asText()).isEqualTo("unsupported_grant_type");
            assertThat(missingScope.status()).isEqualTo(400);
            assertThat(missingScope.json().path("error").asText()).isEqualTo("invalid_scope");
            assertThat(json.status()).isEqualTo(400);
            assertThat(json.json().path("error").asText()).isEqualTo("invalid_request");
            assertThat(get.status()).isEqualTo(405);
            assertThat(get.header("Allow")).isEqualTo("POST");
            assertThat(tooLarge.status()).isEqualTo(400);
            assertThat(tooLarge.json().path("error_description").asText()).contains("larger than");
            assertThat(malformedProof.status()).isEqualTo(401);
            assertThat(malformedProof.header("WWW-Authenticate"))
                    .contains("error_description=\"The DPoP proof JWT is malformed.\"");
        }
    }

    @Test
    void anAppThatDoesNotRequireDpopMayStillUseIt() {
        try (OktaSandbox okta = OktaSandbox.builder().serviceApp("0oa-a", "okta.users.read").start()) {
            OAuthClient client = new OAuthClient(okta, "0oa-a");
            String dpop = client.dpopToken("okta.users.read");
            String bearer = client.bearerToken("okta.users.read");

            assertThat(client.call("GET", "/api/v1/users", "DPoP " + dpop,
                    client.resourceProof("GET", "/api/v1/users", dpop)).status()).isEqualTo(200);
            ApiCall bearerAsDpop = client.call("GET", "/api/v1/users", "DPoP " + bearer,
                    client.resourceProof("GET", "/api/v1/users", bearer));
            assertThat(bearerAsDpop.status()).isEqualTo(401);
            assertThat(bearerAsDpop.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        }
    }

    @Test
    void theBuilderRefusesBadDefinitions() {
        assertThatThrownBy(() -> OktaSandbox.builder().serviceApp("0oa-a").serviceApp("0oa-a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0oa-a");
        assertThatThrownBy(() -> ServiceAppDefinition.builder(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceAppDefinition.builder("0oa-a").scopes("okta.users.read okta.users.manage"))
                .hasMessageContaining("one word");
        assertThatThrownBy(() -> ServiceAppDefinition.builder("0oa-a").publicJwk("{\"kty\":\"nope\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JWK");
        assertThatThrownBy(() -> OktaSandbox.builder().accessTokenLifetime(java.time.Duration.ofMillis(1500)))
                .hasMessageContaining("whole number of seconds");
        try (OktaSandbox okta = OktaSandbox.start()) {
            assertThatThrownBy(() -> okta.serviceAppPrivateKeyPem("0oa-none"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No service app 0oa-none");
        }
    }
}
