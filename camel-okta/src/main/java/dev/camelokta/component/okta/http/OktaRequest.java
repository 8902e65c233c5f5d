package dev.camelokta.component.okta.http;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * One call to the Okta API, before it is sent.
 *
 * @param method      the HTTP method
 * @param pathSegments the path below the org URL, one raw (not yet encoded) value per segment
 * @param query       query parameters, raw values, in order
 * @param jsonBody    the JSON body, or null
 * @param ifMatch     the If-Match header value, or null
 * @param bucket      Okta's rate-limit bucket the call counts against
 * @param retriedWhenAmbiguous whether a failure after which Okta may have processed the call (503, 504, a lost
 *                    answer) is retried automatically; false for a call whose repetition could do more than the first
 *                    (a second DELETE of a user deletes what the first only deactivated): its caller re-reads instead
 */
public record OktaRequest(
        String method,
        List<String> pathSegments,
        Map<String, String> query,
        String jsonBody,
        String ifMatch,
        OktaRateLimitBucket bucket,
        boolean retriedWhenAmbiguous) {

    /** A call that is retried after an ambiguous failure, as most are. */
    public OktaRequest(String method, List<String> pathSegments, Map<String, String> query, String jsonBody,
                       String ifMatch, OktaRateLimitBucket bucket) {
        this(method, pathSegments, query, jsonBody, ifMatch, bucket, true);
    }

    /**
     * This call, never retried automatically after a failure that Okta may have processed: only failures that surely
     * did not reach Okta (a refused connection, a 429) are retried.
     */
    public OktaRequest notRetriedWhenAmbiguous() {
        return new OktaRequest(method, pathSegments, query, jsonBody, ifMatch, bucket, false);
    }

    /**
     * For log lines and messages: the method and the path, no query (it may hold an email). Each segment is escaped
     * (a user id is input: a CR or LF in it must not start a forged log line) and capped.
     */
    public String describe() {
        return method + " /" + pathSegments.stream().map(LogValues::safe).collect(Collectors.joining("/"));
    }
}
