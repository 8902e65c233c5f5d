package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DPoP (RFC 9449) as Okta enforces it for service apps that require it: token requests and API calls. */
class DpopTest {

    private static OktaSandbox okta;
    private static OAuthClient client;

    @BeforeAll
    static void start() {
        okta = OktaSandbox.builder()
                .serviceApp(ServiceAppDefinition.builder("0oa-dpop").scopes("okta.users.read", "okta.groups.read")
                        .requireDpop(true).build())
                .start();
        client = new OAuthClient(okta, "0oa-dpop");
    }

    @AfterAll
    static void stop() {
        okta.close();
    }

    @Test
    void aTokenRequestWithoutProofIsRefused() {
        ApiCall answer = client.requestToken("okta.users.read");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("invalid_dpop_proof");
        assertThat(answer.json().path("error_description").asText()).isEqualTo("The DPoP proof JWT header is missing.");
    }

    @Test
    void aProofWithoutNonceGetsTheNonceChallengeAndTheRetryGetsADpopToken() {
        String assertion = client.assertion();
        ApiCall challenge = client.requestToken(client.form("okta.users.read", assertion),
                client.proof(client.proofClaims("POST", okta.tokenUrl()).build()));

        assertThat(challenge.status()).isEqualTo(400);
        assertThat(challenge.json().path("error").asText()).isEqualTo("use_dpop_nonce");
        String nonce = challenge.header("DPoP-Nonce");
        assertThat(nonce).isEqualTo(okta.dpopNonce());

        ApiCall issued = client.requestToken(client.form("okta.users.read", assertion),
                client.proof(client.proofClaims("POST", okta.tokenUrl()).claim("nonce", nonce).build()));

        assertThat(issued.status()).isEqualTo(200);
        JsonNode json = issued.json();
        assertThat(json.path("token_type").asText()).isEqualTo("DPoP");
        assertThat(okta.lastTokenRequest().orElseThrow().dpopProof()).get()
                .satisfies(proof -> assertThat(proof.claim("nonce")).isEqualTo(nonce));
    }

    @Test
    void aRotatedNonceIsChallengedAgain() {
        String old = okta.dpopNonce();
        String fresh = okta.rotateDpopNonce();

        ApiCall stale = client.requestToken(client.form("okta.users.read", client.assertion()),
                client.proof(client.proofClaims("POST", okta.tokenUrl()).claim("nonce", old).build()));

        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().path("error").asText()).isEqualTo("use_dpop_nonce");
        assertThat(stale.header("DPoP-Nonce")).isEqualTo(fresh).isNotEqualTo(old);
        assertThat(client.dpopToken("okta.users.read")).isNotBlank();
    }

    @Test
    void aDpopTokenOpensTheApiWithAProofOfTheCall() {
        String token = client.dpopToken("okta.users.read");

        ApiCall users = client.call("GET", "/api/v1/users", "DPoP " + token,
                client.resourceProof("GET", "/api/v1/users", token));

        assertThat(users.status()).isEqualTo(200);
        assertThat(okta.lastResourceDpopProof()).get()
                .satisfies(proof -> assertThat(proof.claim("ath")).isEqualTo(DpopProofVerifier.hash(token)));
    }

    @Test
    void anApiCallWithoutProofOrAsBearerIsRefused() {
        String token = client.dpopToken("okta.users.read");

        ApiCall noProof = client.call("GET", "/api/v1/users", "DPoP " + token, null);
        ApiCall bearer = client.call("GET", "/api/v1/users", "Bearer " + token, null);

        assertThat(noProof.status()).isEqualTo(401);
        assertThat(noProof.header("WWW-Authenticate")).startsWith("DPoP algs=\"RS256 RS384 RS512 ES256 ES384 ES512\"")
                .contains("error=\"invalid_dpop_proof\"")
                .contains("error_description=\"The DPoP proof JWT header is missing.\"")
                .contains("resource=\"/api/v1/users\"");
        assertThat(noProof.errorCode()).isEqualTo("E0000011");
        assertThat(bearer.status()).isEqualTo(401);
    }

    @Test
    void aProofWithAnotherAthIsRefused() {
        String token = client.dpopToken("okta.users.read");

        ApiCall answer = client.call("GET", "/api/v1/users", "DPoP " + token,
                client.resourceProof("GET", "/api/v1/users", token + "x"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("'ath' claim in the DPoP proof JWT is invalid.");
    }

    @Test
    void anHtuWithTheQueryIsRefusedAndOneWithoutIsAccepted() {
        String token = client.dpopToken("okta.users.read");
        String path = "/api/v1/users?limit=2";
        JWTClaimsSet withQuery = client.proofClaims("GET", okta.baseUrl() + path)
                .claim("ath", DpopProofVerifier.hash(token)).build();

        ApiCall refused = client.call("GET", path, "DPoP " + token, client.proof(withQuery));
        ApiCall accepted = client.call("GET", path, "DPoP " + token,
                client.resourceProof("GET", "/api/v1/users", token));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("'htu' claim in the DPoP proof JWT is invalid.");
        assertThat(accepted.status()).isEqualTo(200);
    }

    @Test
    void anHtmOfAnotherMethodIsRefused() {
        String token = client.dpopToken("okta.users.read");

        ApiCall answer = client.call("GET", "/api/v1/users", "DPoP " + token,
                client.resourceProof("POST", "/api/v1/users", token));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("'htm' claim in the DPoP proof JWT is invalid.");
    }

    @Test
    void aReplayedProofIsRefused() {
        String token = client.dpopToken("okta.users.read");
        String proof = client.resourceProof("GET", "/api/v1/users", token);
        assertThat(client.call("GET", "/api/v1/users", "DPoP " + token, proof).status()).isEqualTo(200);

        ApiCall replay = client.call("GET", "/api/v1/users", "DPoP " + token, proof);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.header("WWW-Authenticate")).contains("The DPoP proof JWT has already been used.");
    }

    @Test
    void aReplayedTokenProofIsRefused() {
        String proof = client.tokenProof();
        assertThat(client.requestToken(client.form("okta.users.read", client.assertion()), proof).status())
                .isEqualTo(200);

        ApiCall replay = client.requestToken(client.form("okta.users.read", client.assertion()), proof);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().path("error").asText()).isEqualTo("invalid_dpop_proof");
        assertThat(replay.json().path("error_description").asText())
                .isEqualTo("The DPoP proof JWT has already been used.");
    }

    @Test
    void aProofSignedWithAnotherKeyThanTheTokensIsRefused() {
        String token = client.dpopToken("okta.users.read");
        String foreign = OAuthClient.proof(client.proofClaims("GET", okta.baseUrl() + "/api/v1/users")
                .claim("ath", DpopProofVerifier.hash(token)).build(), OAuthClient.newDpopKey());

        ApiCall answer = client.call("GET", "/api/v1/users", "DPoP " + token, foreign);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("error=\"invalid_dpop_proof\"");
    }

    @Test
    void aProofOfAnotherTypeOrWithTwoHeadersIsRefused() throws Exception {
        com.nimbusds.jose.jwk.ECKey key = client.dpopKey();
        com.nimbusds.jwt.SignedJWT untyped = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                        .jwk(key.toPublicJWK()).build(),
                client.proofClaims("POST", okta.tokenUrl()).claim("nonce", okta.dpopNonce()).build());
        untyped.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));

        ApiCall wrongType = client.requestToken(client.form("okta.users.read", client.assertion()),
                untyped.serialize());
        ApiCall twoProofs = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(okta.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("DPoP", client.tokenProof()).header("DPoP", client.tokenProof())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + "okta.users.read&client_assertion_type=" + java.net.URLEncoder.encode(
                        TokenEndpoint.ASSERTION_TYPE, java.nio.charset.StandardCharsets.UTF_8)
                        + "&client_assertion=" + client.assertion())));

        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("error_description").asText())
                .isEqualTo("'typ' header in the DPoP proof JWT is invalid.");
        assertThat(twoProofs.status()).isEqualTo(400);
        assertThat(twoProofs.json().path("error").asText()).isEqualTo("invalid_dpop_proof");
    }

    @Test
    void everyTokenRequestIsKeptForTheTestToInspect() {
        okta.reset();
        client.requestToken("okta.users.read");
        client.dpopToken("okta.users.read");

        assertThat(okta.recentTokenRequests()).hasSize(2)
                .extracting(TokenRequestRecord::error).containsExactly("invalid_dpop_proof", null);
        assertThat(okta.recentTokenRequests().get(1).dpopProof()).get()
                .satisfies(proof -> assertThat(proof.header("typ")).isEqualTo("dpop+jwt"));
    }

    @Test
    void anOldProofIsRefused() {
        String token = client.dpopToken("okta.users.read");
        String old = client.proof(client.proofClaims("GET", okta.baseUrl() + "/api/v1/users")
                .issueTime(new Date(System.currentTimeMillis() - 600_000))
                .claim("ath", DpopProofVerifier.hash(token)).build());

        ApiCall answer = client.call("GET", "/api/v1/users", "DPoP " + token, old);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("'iat' claim in the DPoP proof JWT is invalid.");
    }
}
