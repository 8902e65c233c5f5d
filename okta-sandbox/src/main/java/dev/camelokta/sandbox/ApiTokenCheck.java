package dev.camelokta.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks {@code Authorization: SSWS <token>}, the header of Okta's API tokens. */
final class ApiTokenCheck {

    private static final String SCHEME = "SSWS ";

    private final byte[] expected;

    ApiTokenCheck(String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorization) {
        if (authorization == null || !authorization.startsWith(SCHEME)) {
            return false;
        }
        byte[] given = authorization.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant time, as a token comparison should be even on a sandbox: users copy patterns.
        return MessageDigest.isEqual(expected, given);
    }
}
