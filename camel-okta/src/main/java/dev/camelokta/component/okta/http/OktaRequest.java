package dev.camelokta.component.okta.http;

import java.util.List;
import java.util.Map;

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

    /** For log lines and messages: the method and the path, no query (it may hold an email). */
    public String describe() {
        return method + " /" + String.join("/", pathSegments);
    }
}
