package dev.camelokta.sandbox;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts requests in fixed windows aligned on the epoch, as Okta's per-minute buckets do, without locks:
 * the window's index and the count used in it live in one {@code long} that is changed by compare-and-set.
 */
final class FixedWindowRateLimiter {

    private static final long COUNT_MASK = 0xFFFF_FFFFL;

    private final RateLimit rateLimit;
    private final LongSupplier currentTimeMillis;
    /** High 32 bits: index of the window the count belongs to. Low 32 bits: requests counted in it. */
    private final AtomicLong state = new AtomicLong();

    FixedWindowRateLimiter(RateLimit rateLimit, LongSupplier currentTimeMillis) {
        this.rateLimit = rateLimit;
        this.currentTimeMillis = currentTimeMillis;
    }

    /** Counts one request if the window has room left; a refused request is not counted. */
    RateLimitDecision tryAcquire() {
        long window = currentWindow();
        long reset = (window + 1) * rateLimit.windowSeconds();
        while (true) {
            long current = state.get();
            long used = (current >>> 32) == window ? current & COUNT_MASK : 0;
            if (used >= rateLimit.limit()) {
                return new RateLimitDecision(false, rateLimit.limit(), 0, reset);
            }
            if (state.compareAndSet(current, (window << 32) | (used + 1))) {
                return new RateLimitDecision(true, rateLimit.limit(), (int) (rateLimit.limit() - used - 1), reset);
            }
            // Another request counted itself in between: read again. Each retry means one succeeded, so this ends.
        }
    }

    /** When the current window ends, in epoch seconds, without counting anything. */
    long currentReset() {
        return (currentWindow() + 1) * rateLimit.windowSeconds();
    }

    void reset() {
        state.set(0);
    }

    private long currentWindow() {
        return currentTimeMillis.getAsLong() / 1000 / rateLimit.windowSeconds();
    }
}
