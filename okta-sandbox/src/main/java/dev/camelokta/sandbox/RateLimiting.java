package dev.camelokta.sandbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** The sandbox's rate limits: one fixed-window limiter per bucket and the concurrency gate, or none at all. */
final class RateLimiting {

    private final boolean enabled;
    private final Map<Bucket, FixedWindowRateLimiter> limiters = new EnumMap<>(Bucket.class);
    private final ConcurrencyGate gate;

    RateLimiting(boolean enabled, Map<Bucket, RateLimit> limits, int concurrencyLimit, LongSupplier clockMillis) {
        this.enabled = enabled;
        limits.forEach((bucket, limit) -> limiters.put(bucket, new FixedWindowRateLimiter(limit, clockMillis)));
        this.gate = new ConcurrencyGate(concurrencyLimit);
    }

    boolean tryEnter() {
        return !enabled || gate.tryEnter();
    }

    void exit() {
        if (enabled) {
            gate.exit();
        }
    }

    RateLimitDecision acquire(Bucket bucket) {
        return enabled ? limiters.get(bucket).tryAcquire() : RateLimitDecision.UNLIMITED;
    }

    /**
     * The headers of a request refused for concurrency: Okta reports limit and remaining as 0 then, and the
     * reset of the bucket's window. The bucket's count is not touched.
     */
    RateLimitDecision concurrencyRefusal(Bucket bucket) {
        return new RateLimitDecision(false, 0, 0, limiters.get(bucket).currentReset());
    }

    void reset() {
        limiters.values().forEach(FixedWindowRateLimiter::reset);
    }
}
