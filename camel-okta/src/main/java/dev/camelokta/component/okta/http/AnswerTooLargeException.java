package dev.camelokta.component.okta.http;

import java.io.IOException;

/** An answer whose body is larger than {@link AnswerLimits#MAX_BODY_BYTES}: not read further, its connection closed. */
final class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    AnswerTooLargeException() {
        super("Okta's answer is larger than " + AnswerLimits.MAX_BODY + ", the most the component reads of one answer;"
              + " the connection was closed");
    }
}
