package dev.camelokta.component.okta.api;

import java.util.List;

import org.apache.camel.RuntimeCamelException;

/**
 * A failed Okta call: an error answer, no answer (timeout, refused connection) or an answer that could not be read.
 * Thrown when {@code throwExceptionOnFailure=true}; its message is the same line a result's {@code error} holds.
 */
public class OktaApiException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String errorSummary;
    private final List<String> errorCauses;
    private final String requestId;
    private final transient RateLimitStatus rateLimit;

    public OktaApiException(String message, int httpStatus, String errorCode, String errorSummary,
                            List<String> errorCauses, String requestId, RateLimitStatus rateLimit, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorSummary = errorSummary;
        this.errorCauses = errorCauses == null ? List.of() : List.copyOf(errorCauses);
        this.requestId = requestId;
        this.rateLimit = rateLimit;
    }

    /** A failure before any HTTP response: timeout, refused or reset connection. */
    public static OktaApiException withoutResponse(String message, Throwable cause) {
        return new OktaApiException(message, 0, null, null, List.of(), null, null, cause);
    }

    /** The HTTP status of Okta's answer; 0 when no answer came. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** Okta's error code, such as E0000001; null when the answer had none. */
    public String getErrorCode() {
        return errorCode;
    }

    public String getErrorSummary() {
        return errorSummary;
    }

    public List<String> getErrorCauses() {
        return errorCauses;
    }

    /** X-Okta-Request-Id of the answer, to quote to Okta support. */
    public String getRequestId() {
        return requestId;
    }

    /** The rate-limit headers of the answer, or null. */
    public RateLimitStatus getRateLimit() {
        return rateLimit;
    }

    public boolean isRateLimited() {
        return httpStatus == 429;
    }
}
