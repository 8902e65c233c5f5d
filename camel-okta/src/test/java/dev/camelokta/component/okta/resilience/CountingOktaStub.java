package dev.camelokta.component.okta.resilience;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock response transformer that behaves like one Okta rate-limit bucket: fixed windows of whole epoch
 * seconds, X-Rate-Limit-* headers counting down, 429 once the window is spent. It also holds each request for a
 * moment and measures how many were in flight at once.
 */
final class CountingOktaStub implements ResponseTransformerV2 {

    static final String NAME = "counting-okta-bucket";

    private final int limit;
    private final int windowSeconds;
    private final long holdMillis;
    private final Map<Long, AtomicInteger> requestsPerWindow = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    CountingOktaStub(int limit, int windowSeconds, long holdMillis) {
        this.limit = limit;
        this.windowSeconds = windowSeconds;
        this.holdMillis = holdMillis;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            hold();
            long now = Instant.now().getEpochSecond();
            long windowStart = now - now % windowSeconds;
            int used = requestsPerWindow.computeIfAbsent(windowStart, w -> new AtomicInteger()).incrementAndGet();
            boolean allowed = used <= limit;
            if (!allowed) {
                refused.incrementAndGet();
            }
            HttpHeaders headers = response.getHeaders()
                    .plus(new HttpHeader("X-Rate-Limit-Limit", String.valueOf(limit)))
                    .plus(new HttpHeader("X-Rate-Limit-Remaining", String.valueOf(Math.max(0, limit - used))))
                    .plus(new HttpHeader("X-Rate-Limit-Reset", String.valueOf(windowStart + windowSeconds)))
                    .plus(new HttpHeader("Date", ResilienceTestSupport.httpDate(Instant.now())));
            Response.Builder answer = Response.Builder.like(response).but().headers(headers);
            if (!allowed) {
                answer.status(429).body("{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit due "
                                        + "to too many requests.\",\"errorCauses\":[]}");
            }
            return answer.build();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void hold() {
        if (holdMillis > 0) {
            try {
                Thread.sleep(holdMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int refused() {
        return refused.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** The most requests any one window let through. */
    int mostAcceptedInOneWindow() {
        return requestsPerWindow.values().stream().mapToInt(count -> Math.min(limit, count.get())).max().orElse(0);
    }
}
