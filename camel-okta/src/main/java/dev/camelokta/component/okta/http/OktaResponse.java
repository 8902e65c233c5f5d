package dev.camelokta.component.okta.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.camelokta.component.okta.api.RateLimitStatus;

/**
 * Okta's answer to one request: the last attempt's, when it was retried.
 *
 * @param request              the request it answers
 * @param status               the HTTP status
 * @param contentType          the Content-Type header, or null
 * @param body                 the body as text, empty when there was none
 * @param requestId            X-Okta-Request-Id, or null
 * @param etag                 ETag, or null
 * @param rateLimit            the X-Rate-Limit-* headers, or null
 * @param dateHeader           the Date header as sent, or null
 * @param afterAmbiguousFailure true when an earlier attempt may have been processed by Okta although no answer came
 * @param links                every {@code Link} header value, in order (a list's pages); empty when there was none
 */
public record OktaResponse(
        OktaRequest request,
        int status,
        String contentType,
        String body,
        String requestId,
        String etag,
        RateLimitStatus rateLimit,
        String dateHeader,
        boolean afterAmbiguousFailure,
        List<String> links) {

    public OktaResponse {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An answer without Link headers. */
    public OktaResponse(OktaRequest request, int status, String contentType, String body, String requestId, String etag,
                        RateLimitStatus rateLimit, String dateHeader, boolean afterAmbiguousFailure) {
        this(request, status, contentType, body, requestId, etag, rateLimit, dateHeader, afterAmbiguousFailure, List.of());
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Okta's clock at the time of the answer; parsed only when needed, since it is needed only for rate limits. */
    public Instant date() {
        return HttpDate.parse(dateHeader);
    }

    OktaResponse markedAfterAmbiguousFailure() {
        return new OktaResponse(request, status, contentType, body, requestId, etag, rateLimit, dateHeader, true, links);
    }
}
