package dev.camelokta.sandbox;

/** Ends a token request with an OAuth error; the endpoint turns it into the answer. */
final class OAuthException extends RuntimeException {

    private final OAuthError error;

    OAuthException(OAuthError error) {
        super(error.error() + ": " + error.description(), null, false, false);
        this.error = error;
    }

    OAuthError error() {
        return error;
    }
}
