package dev.camelokta.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The faults configured at start: a fixed latency before every answer, and the shares of requests
 * answered 503 or dropped, drawn from a random source seeded with {@code seed} when one is given.
 */
record FaultSettings(Duration latency, double failureRate, double dropRate, Long seed) {

    static final FaultSettings NONE = new FaultSettings(Duration.ZERO, 0, 0, null);

    FaultSettings {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("Latency cannot be negative: " + latency);
        }
        checkShare("failureRate", failureRate);
        checkShare("dropRate", dropRate);
        if (failureRate + dropRate > 1) {
            throw new IllegalArgumentException("failureRate and dropRate add up to more than 1");
        }
    }

    static void checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + share);
        }
    }
}
