package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaError;
import dev.camelokta.component.okta.model.OktaJson;
import org.apache.hc.core5.http.MessageConstraintException;

/**
 * Turns a failed call into one readable line, e.g.
 * {@code HTTP 400 E0000001 Api validation failed: login (login: An object with this field already exists ...)}.
 */
public final class OktaFailures {

    /** The longest reason a no-answer line gives: ours are shorter, a server's text quoted in it is cut. */
    private static final int MAX_REASON_LENGTH = 512;

    private OktaFailures() {
    }

    /** An answer that is not a success, or a success whose body could not be read. */
    public static OktaApiException fromResponse(OktaResponse response, String readProblem) {
        OktaError error = response.isSuccess() ? null : OktaJson.toError(response.body());
        StringBuilder line = new StringBuilder("HTTP ").append(response.status());
        if (error != null) {
            line.append(' ').append(error.errorCode()).append(' ').append(error.errorSummary());
            if (!error.errorCauses().isEmpty()) {
                line.append(" (").append(String.join("; ", error.errorCauses())).append(')');
            }
        } else if (readProblem != null) {
            line.append(" from ").append(response.request().describe()).append(": Okta's answer could not be read (")
                    .append(readProblem).append(')');
        } else {
            line.append(" from ").append(response.request().describe()).append(": the answer is not Okta's JSON error (")
                    .append(response.contentType() == null ? "no content type" : response.contentType()).append(')');
        }
        if (response.status() == 429) {
            line.append(rateLimitNote(response));
        }
        return new OktaApiException(line.toString(), response.status(),
                error == null ? null : error.errorCode(),
                error == null ? null : error.errorSummary(),
                error == null ? null : error.errorCauses(),
                response.requestId(), response.rateLimit(), null);
    }

    /** When a 429's limit resets, as far as its headers can be believed (see {@link RateLimitStatus}). */
    private static String rateLimitNote(OktaResponse response) {
        RateLimitStatus rateLimit = response.rateLimit();
        if (rateLimit == null) {
            return "";
        }
        if (rateLimit.isConcurrencyLimit()) {
            return " - refused for Okta's concurrency limit: too many requests in flight at once";
        }
        if (!rateLimit.plausibleAt(ServerClock.oktaMillisAt(response.date(), System.currentTimeMillis()))) {
            return " - rate-limited by Okta; when the limit resets is unknown: its headers are implausible (limit "
                   + rateLimit.limit() + ", remaining " + rateLimit.remaining() + ", reset "
                   + rateLimit.resetEpochSeconds() + ")";
        }
        return " - rate-limited by Okta; the limit resets at " + rateLimit.resetInstant();
    }

    public static OktaApiException fromResponse(OktaResponse response) {
        return fromResponse(response, null);
    }

    /**
     * No answer, or none that could be read whole. The line names the request and why, never the token: what Okta or
     * anything between sent back (an exception's message may quote it) is redacted and escaped.
     */
    static OktaApiException noAnswer(OktaRequest request, OktaHttpTransport.Target target, Throwable cause) {
        long responseTimeout = target.responseTimeoutMillis();
        String what;
        if (cause instanceof DeadlineExceededException) {
            what = "no complete answer within responseTimeout (" + responseTimeout + " ms); the connection was closed";
        } else if (cause instanceof SocketTimeoutException) {
            what = "no answer within responseTimeout (" + responseTimeout + " ms)";
        } else if (cause instanceof NoFreeSlotException) {
            what = "no free request slot within responseTimeout (" + responseTimeout + " ms): all maxConcurrentRequests"
                   + " requests of the component were in flight; the request was not sent";
        } else if (cause instanceof AnswerTooLargeException) {
            what = cause.getMessage();
        } else if (cause instanceof MessageConstraintException) {
            what = "Okta's answer has a header line longer than " + AnswerLimits.MAX_LINE_LENGTH + " characters or more"
                   + " than " + AnswerLimits.MAX_HEADER_COUNT + " headers, the most the component reads ("
                   + cause.getMessage() + "); the connection was closed";
        } else if (RetryDecision.answerCutShort(cause)) {
            what = "the connection closed before Okta's whole answer came (" + describe(cause) + ")";
        } else if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
            what = "cannot connect to " + target.orgUrl() + " (" + describe(cause) + ")";
        } else {
            what = "the connection failed (" + cause + ")";
        }
        String line = "Okta " + LogValues.safe(request.describe()) + ": "
                      + LogValues.safe(Redaction.redact(what, target.apiToken()), MAX_REASON_LENGTH);
        return OktaApiException.withoutResponse(line, Redaction.redact(cause, target.apiToken()));
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
