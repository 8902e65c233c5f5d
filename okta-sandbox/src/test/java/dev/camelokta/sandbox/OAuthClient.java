package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A hand-driven OAuth client of the sandbox for its tests: it signs client assertions with a service app's key
 * and DPoP proofs with its own EC key, with Nimbus, and lets each test bend one claim or header.
 */
final class OAuthClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = SandboxClient.newHttpClient();
    private final OktaSandbox okta;
    private final String clientId;
    private final PrivateKey key;
    private final String kid;
    private final ECKey dpopKey;

    OAuthClient(OktaSandbox okta, String clientId) {
        this(okta, clientId, privateKey(okta.serviceAppPrivateKeyPem(clientId)), okta.serviceAppKeyId(clientId));
    }

    OAuthClient(OktaSandbox okta, String clientId, PrivateKey key, String kid) {
        this.okta = okta;
        this.clientId = clientId;
        this.key = key;
        this.kid = kid;
        this.dpopKey = newDpopKey();
    }

    static ECKey newDpopKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException tryTheOther) {
                // not this algorithm
            }
        }
        throw new IllegalArgumentException("Not an RSA or EC PKCS#8 key");
    }

    ECKey dpopKey() {
        return dpopKey;
    }

    /** The claims Okta wants in a client assertion, a fresh jti, five minutes to live. */
    JWTClaimsSet.Builder assertionClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(okta.tokenUrl())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
    }

    String assertion() {
        return assertion(assertionClaims().build(), kid);
    }

    String assertion(JWTClaimsSet claims, String kid) {
        return sign(key, kid, claims);
    }

    static String sign(PrivateKey key, String kid, JWTClaimsSet claims) {
        try {
            boolean ec = key instanceof ECPrivateKey;
            JWSSigner signer = ec ? new ECDSASigner((ECPrivateKey) key) : new RSASSASigner(key);
            JWSHeader.Builder header = new JWSHeader.Builder(ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256);
            if (kid != null) {
                header.keyID(kid);
            }
            SignedJWT jwt = new SignedJWT(header.build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a proof for this request, with a fresh jti and {@code iat} now. */
    JWTClaimsSet.Builder proofClaims(String method, String url) {
        return new JWTClaimsSet.Builder().claim("htm", method).claim("htu", url).issueTime(new Date())
                .jwtID(UUID.randomUUID().toString());
    }

    String proof(JWTClaimsSet claims) {
        return proof(claims, dpopKey);
    }

    static String proof(JWTClaimsSet claims, ECKey dpopKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(new JOSEObjectType("dpop+jwt")).jwk(dpopKey.toPublicJWK()).build(), claims);
            jwt.sign(new ECDSASigner(dpopKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token-endpoint proof with the sandbox's current nonce. */
    String tokenProof() {
        return proof(proofClaims("POST", okta.tokenUrl()).claim("nonce", okta.dpopNonce()).build());
    }

    /** A resource proof for {@code GET path} with the token's {@code ath}. */
    String resourceProof(String method, String path, String accessToken) {
        return proof(proofClaims(method, okta.baseUrl() + path)
                .claim("ath", DpopProofVerifier.hash(accessToken)).build());
    }

    Map<String, String> form(String scope, String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", scope);
        form.put("client_assertion_type", TokenEndpoint.ASSERTION_TYPE);
        form.put("client_assertion", assertion);
        return form;
    }

    ApiCall requestToken(String scope) {
        return requestToken(form(scope, assertion()), null);
    }

    ApiCall requestToken(Map<String, String> form, String dpopProof) {
        String body = form.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(okta.tokenUrl())).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (dpopProof != null) {
            request.header("DPoP", dpopProof);
        }
        return send(request);
    }

    /** A token of a non-DPoP app, or the test fails. */
    String bearerToken(String scope) {
        ApiCall answer = requestToken(scope);
        if (answer.status() != 200) {
            throw new AssertionError("No token: " + answer.status() + " " + answer.body());
        }
        return answer.json().path("access_token").asText();
    }

    /** A DPoP-bound token, after the nonce handshake, or the test fails. */
    String dpopToken(String scope) {
        ApiCall answer = requestToken(form(scope, assertion()), tokenProof());
        if (answer.status() != 200) {
            throw new AssertionError("No token: " + answer.status() + " " + answer.body());
        }
        JsonNode json = answer.json();
        if (!json.path("token_type").asText().equals("DPoP")) {
            throw new AssertionError("Not a DPoP token: " + answer.body());
        }
        return json.path("access_token").asText();
    }

    ApiCall call(String method, String path, String authorization, String dpopProof) {
        return call(method, path, authorization, dpopProof, null);
    }

    ApiCall call(String method, String path, String authorization, String dpopProof, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(okta.baseUrl() + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (dpopProof != null) {
            request.header("DPoP", dpopProof);
        }
        return send(request);
    }

    ApiCall send(HttpRequest.Builder request) {
        try {
            return ApiCall.of(http.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JWTClaimsSet with(JWTClaimsSet.Builder claims, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(claims).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
