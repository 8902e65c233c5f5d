package dev.camelokta.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Checks a DPoP proof (RFC 9449): {@code typ} {@code dpop+jwt}, an asymmetric {@code alg}, a public {@code jwk}
 * that verifies the signature, {@code htm} the request's method, {@code htu} exactly the URL called without query
 * or fragment (as Okta compares it), a recent {@code iat}, a {@code jti}, and, as asked, the token endpoint's
 * current {@code nonce} or the {@code ath} of the access token. The {@code jti} is recorded by {@link #consume}.
 */
final class DpopProofVerifier {

    /** How old a proof's {@code iat} may be. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** How far ahead of the sandbox's clock a proof's {@code iat} may be. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);
    static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");

    private final ReplayCache jtis;
    private final DpopNonces nonces;
    private final Clock clock;

    DpopProofVerifier(ReplayCache jtis, DpopNonces nonces, Clock clock) {
        this.jtis = jtis;
        this.nonces = nonces;
        this.clock = clock;
    }

    /** A checked proof: the thumbprint of its key ({@code jkt}) and what {@link #consume} records. */
    record VerifiedProof(String jkt, String jti, Instant keepUntil) {
    }

    /**
     * @param accessToken the token the proof must be bound to ({@code ath}), or {@code null} at the token endpoint,
     *                    where the current nonce is required instead
     */
    VerifiedProof verify(SignedJWT proof, String method, String url, String accessToken) {
        if (!TYPE.equals(proof.getHeader().getType())) {
            throw DpopProblem.invalid("'typ' header in the DPoP proof JWT is invalid.");
        }
        JWK key = proof.getHeader().getJWK();
        if (key == null || key.isPrivate()) {
            throw DpopProblem.invalid("'jwk' header in the DPoP proof JWT is invalid.");
        }
        if (!JwtSignatures.verifies(proof, key)) {
            throw DpopProblem.invalid("The DPoP proof JWT signature is invalid.");
        }
        JWTClaimsSet claims = claims(proof);
        if (!method.equals(text(claims, "htm"))) {
            throw DpopProblem.invalid("'htm' claim in the DPoP proof JWT is invalid.");
        }
        if (!url.equals(text(claims, "htu"))) {
            throw DpopProblem.invalid("'htu' claim in the DPoP proof JWT is invalid.");
        }
        Instant issuedAt = instant(claims.getIssueTime());
        Instant now = clock.instant();
        if (issuedAt == null || issuedAt.isBefore(now.minus(MAX_AGE)) || issuedAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw DpopProblem.invalid("'iat' claim in the DPoP proof JWT is invalid.");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw DpopProblem.invalid("'jti' claim in the DPoP proof JWT is missing.");
        }
        if (accessToken == null) {
            checkNonce(text(claims, "nonce"));
        } else if (!hash(accessToken).equals(text(claims, "ath"))) {
            throw DpopProblem.invalid("'ath' claim in the DPoP proof JWT is invalid.");
        }
        if (jtis.seen(jti)) {
            throw replayed();
        }
        return new VerifiedProof(thumbprint(key), jti, issuedAt.plus(MAX_AGE).plus(MAX_CLOCK_SKEW));
    }

    void consume(VerifiedProof proof) {
        if (!jtis.firstUse(proof.jti(), proof.keepUntil().toEpochMilli())) {
            throw replayed();
        }
    }

    /** {@code base64url(SHA-256(token))}, the {@code ath} of a proof for that token. */
    static String hash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(digest).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private void checkNonce(String nonce) {
        if (nonce == null) {
            throw DpopProblem.nonce("Authorization server requires nonce in DPoP proof.");
        }
        if (!nonces.isCurrent(nonce)) {
            throw DpopProblem.nonce("The DPoP proof nonce is invalid or has expired.");
        }
    }

    private static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw DpopProblem.invalid("'jwk' header in the DPoP proof JWT is invalid.");
        }
    }

    private static DpopProblem replayed() {
        return DpopProblem.invalid("The DPoP proof JWT has already been used.");
    }

    private static JWTClaimsSet claims(SignedJWT proof) {
        try {
            return proof.getJWTClaimsSet();
        } catch (ParseException e) {
            throw DpopProblem.invalid("The DPoP proof JWT is malformed.");
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
