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
 */
public record OktaRequest(
        String method,
        List<String> pathSegments,
        Map<String, String> query,
        String jsonBody,
        String ifMatch,
        OktaRateLimitBucket bucket) {

    /**
     * For log lines and messages: the method and the path, no query (it may hold an email). Each segment is escaped
     * (a user id is input: a CR or LF in it must not start a forged log line) and capped.
     */
    public String describe() {
        return method + " /" + pathSegments.stream().map(LogValues::safe).collect(Collectors.joining("/"));
    }
}
