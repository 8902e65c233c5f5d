package dev.camelokta.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The answers planned for the next token requests, such as 429 or 503, for tests of a client's renewal under
 * rate limits and outages. A planned 429 carries Okta's rate-limit headers with nothing remaining.
 */
final class TokenFaults {

    private final Queue<Integer> planned = new ConcurrentLinkedQueue<>();
    private final RateLimit limit;
    private final SandboxCounters counters;
    private final Clock clock;

    TokenFaults(RateLimit limit, SandboxCounters counters, Clock clock) {
        this.limit = limit;
        this.counters = counters;
        this.clock = clock;
    }

    static void checkStatus(int status) {
        if (status != 429 && (status < 500 || status > 599)) {
            throw new IllegalArgumentException("A planned token-endpoint failure is 429 or a 5xx status, not "
                    + status);
        }
    }

    void failNext(int status, int count) {
        checkStatus(status);
        for (int i = 0; i < count; i++) {
            planned.add(status);
        }
    }

    /** The planned answer for this request, or {@code null} to serve it. */
    ApiResponse next() {
        Integer status = planned.poll();
        if (status == null) {
            return null;
        }
        if (status == 429) {
            counters.tooManyRequestsSent();
            long window = limit.windowSeconds();
            long reset = (clock.millis() / 1000 / window + 1) * window;
            return ErrorJson.response(OktaError.tooManyRequests())
                    .withHeader("X-Rate-Limit-Limit", Integer.toString(limit.limit()))
                    .withHeader("X-Rate-Limit-Remaining", "0")
                    .withHeader("X-Rate-Limit-Reset", Long.toString(reset));
        }
        if (status == 503) {
            counters.serviceUnavailableSent();
            return ErrorJson.response(OktaError.serviceUnavailable());
        }
        return ErrorJson.response(new OktaError(status, "E0000009", "Internal Server Error", List.of()));
    }

    void reset() {
        planned.clear();
    }
}
