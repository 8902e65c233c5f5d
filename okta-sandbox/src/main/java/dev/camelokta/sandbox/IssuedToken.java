package dev.camelokta.sandbox;

import java.time.Instant;
import java.util.Set;

/**
 * An access token the token endpoint issued: for which app, with which scopes, until when, and the thumbprint
 * of the DPoP key it is bound to ({@code cnf.jkt}), {@code null} for a Bearer token.
 */
record IssuedToken(String value, String clientId, Set<String> scopes, Instant expiresAt, String jkt) {

    boolean dpopBound() {
        return jkt != null;
    }

    /** Never the token itself: it is a secret. */
    @Override
    public String toString() {
        return "IssuedToken[" + clientId + " " + scopes + " until " + expiresAt + (jkt == null ? "" : " DPoP") + "]";
    }
}
