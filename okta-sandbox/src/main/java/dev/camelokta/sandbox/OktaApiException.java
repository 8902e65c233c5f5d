package dev.camelokta.sandbox;

/** Ends the handling of a request with an Okta error answer. */
final class OktaApiException extends RuntimeException {

    private final transient OktaError error;

    OktaApiException(OktaError error) {
        // No stack trace: these are answers, not bugs, and refusing fast matters under load.
        super(error.errorSummary(), null, false, false);
        this.error = error;
    }

    OktaError error() {
        return error;
    }
}
