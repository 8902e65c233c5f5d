package dev.camelokta.component.okta.http;

import java.io.IOException;

/**
 * All maxConcurrentRequests requests of the component stayed in flight for responseTimeout: the request was not sent.
 * Not retried, since a retry would only wait in the same queue again.
 */
final class NoFreeSlotException extends IOException {

    private static final long serialVersionUID = 1L;

    NoFreeSlotException(long responseTimeoutMillis) {
        super("No free request slot within responseTimeout (" + responseTimeoutMillis + " ms)");
    }
}
