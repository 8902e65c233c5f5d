package dev.camelokta.component.okta.http;

import java.io.IOException;

/**
 * Takes the API token out of what Okta, or anything between, sends back: an error body, a header or an exception
 * message that quotes it must not carry it into a result, a header or a log line.
 */
final class Redaction {

    static final String MASK = "***";

    private Redaction() {
    }

    /** The text with every occurrence of the token replaced by {@value #MASK}; null stays null. */
    static String redact(String text, String token) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, MASK); // the same String when the token is not in it
    }

    /**
     * The failure itself when no message in its chain quotes the token, else a {@link RedactedFailure} that tells the
     * same without it, and is retried as the failure would have been.
     */
    static IOException redact(IOException failure, String token) {
        return quotesToken(failure, token)
                ? new RedactedFailure(redact(failure.toString(), token), RetryDecision.ambiguous(null, failure))
                : failure;
    }

    /** As {@link #redact(IOException, String)}, for any failure. */
    static Throwable redact(Throwable failure, String token) {
        return quotesToken(failure, token) ? new RedactedFailure(redact(failure.toString(), token), false) : failure;
    }

    private static boolean quotesToken(Throwable failure, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        int links = 0;
        for (Throwable link = failure; link != null && links++ < 32; link = link.getCause()) {
            if (link.getMessage() != null && link.getMessage().contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** A failure whose message quoted the token, told again without it and without the original. */
    static final class RedactedFailure extends IOException {

        private static final long serialVersionUID = 1L;

        private final boolean answerLost;

        RedactedFailure(String message, boolean answerLost) {
            super(message);
            this.answerLost = answerLost;
        }

        /** Whether the original failure lost an answer Okta may have sent: retried as such. */
        boolean answerLost() {
            return answerLost;
        }
    }
}
