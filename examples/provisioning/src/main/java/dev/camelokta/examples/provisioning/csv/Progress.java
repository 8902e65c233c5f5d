package dev.camelokta.examples.provisioning.csv;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import dev.camelokta.component.okta.logging.LogValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the finished rows of one file and logs how far it got (rows done, rate, failures) at most once per
 * interval, from whichever row thread crosses it: no timer thread to stop.
 */
public final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String fileName;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long intervalNanos;
    private final AtomicLong nextLogNanos;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public Progress(String fileName, Duration interval, LongSupplier nanoClock) {
        this.fileName = fileName;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.intervalNanos = interval.toNanos();
        this.nextLogNanos = new AtomicLong(startNanos + intervalNanos);
    }

    public void count(RowResult result) {
        done.incrementAndGet();
        if (result.isFailed()) {
            failed.incrementAndGet();
        }
        long now = nanoClock.getAsLong();
        long next = nextLogNanos.get();
        if (now >= next && nextLogNanos.compareAndSet(next, now + intervalNanos)) {
            LOG.info("{}: {}", LogValues.safe(fileName), describe(now));
        }
    }

    /** E.g. {@code 1200 rows done, 35 failed, 118.4 rows/s}. */
    public String describe() {
        return describe(nanoClock.getAsLong());
    }

    /** E.g. {@code 32 rows in 1.9 s (16.8 rows/s): 27 succeeded, 5 failed}. */
    public String summary() {
        long elapsed = nanoClock.getAsLong() - startNanos;
        return String.format(Locale.ROOT, "%d rows in %.1f s (%.1f rows/s): %d succeeded, %d failed", done.get(),
                elapsed / 1e9, rate(done.get(), elapsed), done.get() - failed.get(), failed.get());
    }

    public long done() {
        return done.get();
    }

    public long failed() {
        return failed.get();
    }

    private String describe(long nowNanos) {
        return String.format(Locale.ROOT, "%d rows done, %d failed, %.1f rows/s", done.get(), failed.get(),
                rate(done.get(), nowNanos - startNanos));
    }

    private static double rate(long rows, long elapsedNanos) {
        return elapsedNanos <= 0 ? 0 : rows / (elapsedNanos / 1e9);
    }
}
