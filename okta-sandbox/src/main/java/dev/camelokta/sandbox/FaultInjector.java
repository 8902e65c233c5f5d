package dev.camelokta.sandbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides which requests fail on purpose. Planned faults ({@code failNext}, {@code dropNext}) come first, so
 * that tests can be exact; then the configured shares, drawn from a seeded random source.
 */
final class FaultInjector {

    enum Fault { NONE, DROP, FAIL }

    private final FaultSettings settings;
    private final Random random;
    private final AtomicInteger dropsForAny = new AtomicInteger();
    private final AtomicInteger failuresForAny = new AtomicInteger();
    private final Map<Bucket, AtomicInteger> dropsByBucket = new EnumMap<>(Bucket.class);
    private final Map<Bucket, AtomicInteger> failuresByBucket = new EnumMap<>(Bucket.class);

    FaultInjector(FaultSettings settings) {
        this.settings = settings;
        this.random = settings.seed() == null ? new Random() : new Random(settings.seed());
        for (Bucket bucket : Bucket.values()) {
            dropsByBucket.put(bucket, new AtomicInteger());
            failuresByBucket.put(bucket, new AtomicInteger());
        }
    }

    /** Waits the configured latency; an interrupted wait ends early and keeps the interrupt. */
    void delay() {
        long nanos = settings.latency().toNanos();
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Fault next(Bucket bucket) {
        if (takeOne(dropsByBucket.get(bucket)) || takeOne(dropsForAny)) {
            return Fault.DROP;
        }
        if (takeOne(failuresByBucket.get(bucket)) || takeOne(failuresForAny)) {
            return Fault.FAIL;
        }
        if (settings.dropRate() == 0 && settings.failureRate() == 0) {
            return Fault.NONE;
        }
        double draw = random.nextDouble();
        if (draw < settings.dropRate()) {
            return Fault.DROP;
        }
        return draw < settings.dropRate() + settings.failureRate() ? Fault.FAIL : Fault.NONE;
    }

    /** Plans {@code count} dropped connections, for requests of {@code bucket}, or of any bucket when it is null. */
    void dropNext(Bucket bucket, int count) {
        (bucket == null ? dropsForAny : dropsByBucket.get(bucket)).addAndGet(count);
    }

    /** Plans {@code count} 503 answers, for requests of {@code bucket}, or of any bucket when it is null. */
    void failNext(Bucket bucket, int count) {
        (bucket == null ? failuresForAny : failuresByBucket.get(bucket)).addAndGet(count);
    }

    void reset() {
        dropsForAny.set(0);
        failuresForAny.set(0);
        dropsByBucket.values().forEach(planned -> planned.set(0));
        failuresByBucket.values().forEach(planned -> planned.set(0));
    }

    private static boolean takeOne(AtomicInteger planned) {
        return planned.get() > 0 && planned.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }
}
