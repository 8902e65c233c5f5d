package dev.camelokta.component.okta.http;

import java.net.SocketTimeoutException;

/**
 * The exchange did not end within responseTimeout and was cut off. A timeout like a socket's: Okta may have processed
 * the request, so it is retried as such, and createUser counts its answer as lost.
 */
final class DeadlineExceededException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    DeadlineExceededException(long responseTimeoutMillis, Throwable cause) {
        super("No complete answer within responseTimeout (" + responseTimeoutMillis + " ms); the connection was closed");
        initCause(cause);
    }
}
