package dev.camelokta.component.okta.http;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Which failures are retried, and how long to wait first.
 */
final class RetryDecision {

    static final long BACKOFF_BASE_MILLIS = 200;
    static final long BACKOFF_CAP_MILLIS = 10_000;

    private RetryDecision() {
    }

    /** Okta surely did not process the request: it never reached Okta, or Okta refused it for its rate limit. */
    static boolean notProcessed(OktaResponse response, Throwable failure) {
        if (response != null) {
            return response.status() == 429;
        }
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof NoRouteToHostException;
    }

    /** Okta may or may not have processed the request: the answer was lost, cut short, or was a gateway's. */
    static boolean ambiguous(OktaResponse response, Throwable failure) {
        if (response != null) {
            return response.status() == 503 || response.status() == 504;
        }
        if (failure instanceof UnknownHostException || notProcessed(null, failure)) {
            return false;
        }
        return failure instanceof SocketTimeoutException || failure instanceof NoHttpResponseException
               || failure instanceof SocketException || failure instanceof InterruptedIOException
               || answerCutShort(failure)
               || failure instanceof Redaction.RedactedFailure redacted && redacted.answerLost();
    }

    /**
     * The connection ended, closed normally as much as reset, before the whole answer came: a Content-Length body
     * or a chunked body cut short ("Premature end of ... message body", a truncated chunk), or a compressed body
     * that ends early. The answer is as lost as after a reset.
     */
    static boolean answerCutShort(Throwable failure) {
        return failure instanceof ConnectionClosedException || failure instanceof MalformedChunkCodingException
               || failure instanceof EOFException;
    }

    static boolean retryable(OktaResponse response, Throwable failure) {
        return notProcessed(response, failure) || ambiguous(response, failure);
    }

    /** Exponential back-off with full jitter, so that callers that failed together do not retry together. */
    static long backoffMillis(int retry, long maxWaitMillis) {
        long ceiling = Math.min(Math.min(BACKOFF_CAP_MILLIS, maxWaitMillis), BACKOFF_BASE_MILLIS << Math.min(retry, 16));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }
}
