package dev.camelokta.sandbox;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Checks a {@code private_key_jwt} client assertion as Okta's authorization server does: a JWT signed with a key
 * registered for the app (chosen by {@code kid}, which is required once the app has several keys), {@code iss} and
 * {@code sub} the client id, {@code aud} the token URL invoked, {@code exp} in the future and at most an hour ahead,
 * and a {@code jti} not used before. The {@code jti} is only recorded by {@link #consume}, once the whole request
 * is accepted, so that a client may resend the same assertion after a {@code use_dpop_nonce} challenge.
 */
final class ClientAssertionVerifier {

    /** Okta refuses assertions that live longer than an hour. */
    static final Duration MAX_LIFETIME = Duration.ofHours(1);

    private final ServiceApps apps;
    private final ReplayCache jtis;
    private final Clock clock;

    ClientAssertionVerifier(ServiceApps apps, ReplayCache jtis, Clock clock) {
        this.apps = apps;
        this.jtis = jtis;
        this.clock = clock;
    }

    /** A checked assertion: its app, and what {@link #consume} records. */
    record VerifiedAssertion(ServiceApp app, String jti, Instant expiresAt) {
    }

    VerifiedAssertion verify(SignedJWT assertion, String clientIdParameter, String tokenUrl) {
        JWTClaimsSet claims = claims(assertion);
        String subject = claims.getSubject();
        ServiceApp app = apps.find(clientIdParameter != null ? clientIdParameter : subject)
                .orElseThrow(() -> refused("Invalid value for 'client_id' parameter."));
        if (!app.clientId().equals(subject) || !app.clientId().equals(claims.getIssuer())) {
            throw refused("The 'iss' and 'sub' claims of the client_assertion must both be the client_id.");
        }
        if (!JwtSignatures.verifies(assertion, signingKey(app, assertion.getHeader().getKeyID()))) {
            throw refused("The client_assertion signature is invalid.");
        }
        List<String> audience = claims.getAudience();
        if (audience.size() != 1 || !tokenUrl.equals(audience.get(0))) {
            throw refused("The audience claim for client_assertion must be the endpoint invoked for the request.");
        }
        Instant expiresAt = instant(claims.getExpirationTime());
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw refused("The client_assertion token is expired.");
        }
        Instant issuedAt = instant(claims.getIssueTime());
        if (Duration.between(issuedAt == null || issuedAt.isAfter(now) ? now : issuedAt, expiresAt)
                .compareTo(MAX_LIFETIME) > 0) {
            throw refused("The client_assertion token has an expiration too far into the future.");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw refused("The client_assertion token must have a 'jti' claim.");
        }
        if (jtis.seen(jti)) {
            throw replayed();
        }
        return new VerifiedAssertion(app, jti, expiresAt);
    }

    /** Records the assertion's {@code jti}; a race lost to another request with the same one is a replay. */
    void consume(VerifiedAssertion assertion) {
        if (!jtis.firstUse(assertion.jti(), assertion.expiresAt().toEpochMilli())) {
            throw replayed();
        }
    }

    /** The app's key of that kid; without a kid, the app's only key. */
    private static JWK signingKey(ServiceApp app, String kid) {
        List<JWK> keys = app.publicKeys();
        if (kid == null) {
            if (keys.size() != 1) {
                throw refused("The client_assertion JWT kid is invalid.");
            }
            return keys.get(0);
        }
        return keys.stream().filter(key -> kid.equals(key.getKeyID())).findFirst()
                .orElseThrow(() -> refused("The client_assertion JWT kid is invalid."));
    }

    private static JWTClaimsSet claims(SignedJWT assertion) {
        try {
            return assertion.getJWTClaimsSet();
        } catch (ParseException e) {
            throw refused("The client_assertion token is malformed.");
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static OAuthException replayed() {
        return refused("The 'jti' claim of the client_assertion token has already been used.");
    }

    private static OAuthException refused(String description) {
        return new OAuthException(OAuthError.invalidClient(description));
    }
}
