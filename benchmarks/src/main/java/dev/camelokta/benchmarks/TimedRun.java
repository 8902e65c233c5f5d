package dev.camelokta.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One CSV file provisioned by the example: its published report, and the time from the file's drop in the inbox to
 * the report's appearance in the outbox.
 */
record TimedRun(Path report, Duration elapsed) {

    double perSecond(long count) {
        return count / seconds();
    }

    /** E.g. {@code 5000 users in 39.3 s from the drop = 127.3 users/s}. */
    String describe(long count, String things) {
        return String.format(Locale.ROOT, "%d %s in %.1f s from the drop = %.1f %s/s", count, things, seconds(),
                perSecond(count), things);
    }

    private double seconds() {
        return elapsed.toNanos() / 1e9;
    }
}
