package dev.camelokta.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The {@code jti}s seen, each kept until its JWT could no longer be accepted anyway, so that the cache stays as
 * small as the JWTs' lifetimes allow.
 */
final class ReplayCache {

    /** Above this many entries, expired ones are swept, at most once a second: a sweep walks them all. */
    private static final int SWEEP_ABOVE = 1024;
    private static final long SWEEP_INTERVAL_MILLIS = 1000;

    private final Map<String, Long> expiryByJti = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;
    private final AtomicLong lastSweep = new AtomicLong();

    ReplayCache(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /** How many jtis are held, expired ones not swept yet included. */
    int size() {
        return expiryByJti.size();
    }

    boolean seen(String jti) {
        Long expiry = expiryByJti.get(jti);
        return expiry != null && expiry > clockMillis.getAsLong();
    }

    /** Records the first use of {@code jti}; {@code false} when it was used already. */
    boolean firstUse(String jti, long keepUntilMillis) {
        long now = clockMillis.getAsLong();
        long last = lastSweep.get();
        if (expiryByJti.size() > SWEEP_ABOVE && now - last >= SWEEP_INTERVAL_MILLIS
                && lastSweep.compareAndSet(last, now)) {
            expiryByJti.values().removeIf(expiry -> expiry <= now);
        }
        Long previous = expiryByJti.putIfAbsent(jti, keepUntilMillis);
        if (previous == null) {
            return true;
        }
        // An expired entry not swept yet: its JWT is dead, so a new one may take the jti.
        return previous <= now && expiryByJti.replace(jti, previous, keepUntilMillis);
    }
}
