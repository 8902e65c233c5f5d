package dev.camelokta.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;

/**
 * Sends answers with the headers every Okta response carries: {@code Content-Type: application/json},
 * {@code X-Okta-Request-Id}, the rate-limit headers of the request's bucket, and {@code Date}.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void send(HttpExchange exchange, String requestId, RateLimitDecision rateLimit, ApiResponse response)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.body() != null) {
            headers.set("Content-Type", "application/json");
        }
        headers.set("X-Okta-Request-Id", requestId);
        if (rateLimit != null && rateLimit.hasHeaders()) {
            headers.set("X-Rate-Limit-Limit", Integer.toString(rateLimit.limit()));
            headers.set("X-Rate-Limit-Remaining", Integer.toString(rateLimit.remaining()));
            headers.set("X-Rate-Limit-Reset", Long.toString(rateLimit.resetEpochSeconds()));
        }
        response.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        if (exchange.getRequestMethod().equals("HEAD") || response.body() == null) {
            // An answer to HEAD has no body; the JDK server warns when told a length for one.
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] body = Json.bytes(response.body());
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
