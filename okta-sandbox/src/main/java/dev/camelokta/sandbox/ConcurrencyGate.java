package dev.camelokta.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/** Okta's concurrency limit: how many requests may be in flight at once; one more is refused at once. */
final class ConcurrencyGate {

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    ConcurrencyGate(int limit) {
        this.limit = limit;
    }

    /** Lets a request in if there is room; a request let in must call {@link #exit()} when answered. */
    boolean tryEnter() {
        if (inFlight.incrementAndGet() <= limit) {
            return true;
        }
        inFlight.decrementAndGet();
        return false;
    }

    void exit() {
        inFlight.decrementAndGet();
    }
}
