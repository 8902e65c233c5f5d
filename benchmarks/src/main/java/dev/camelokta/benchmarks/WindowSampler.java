package dev.camelokta.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelokta.sandbox.SandboxCounters;

/**
 * Reads the sandbox's counters at the start, at every reset of its rate-limit windows (aligned on the epoch, as Okta's
 * are) and at the end, so that a run splits into windows: a partial first one, whose share of the run depends on the
 * moment the run started, full ones (the steady state) and a partial last one.
 */
final class WindowSampler implements AutoCloseable {

    private static final long LATE_MILLIS = 1; // read just after a reset, never just before it

    private final SandboxCounters counters;
    private final long windowMillis;
    private final List<RateWindows.Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "window-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private WindowSampler(SandboxCounters counters, Duration window) {
        this.counters = counters;
        this.windowMillis = window.toMillis();
    }

    static WindowSampler start(SandboxCounters counters, Duration window) {
        WindowSampler sampler = new WindowSampler(counters, window);
        sampler.sampleNow();
        sampler.scheduleNextReset();
        return sampler;
    }

    private synchronized void sampleNow() {
        samples.add(new RateWindows.Sample(System.currentTimeMillis(), counters.usersCreated(),
                counters.tooManyRequests()));
    }

    /** Stops sampling with a last sample, the run's end. */
    synchronized RateWindows finish() {
        timer.shutdownNow();
        sampleNow();
        return new RateWindows(List.copyOf(samples));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One timer per reset, from the wall clock the sandbox's windows follow, so that no drift builds up. */
    private void scheduleNextReset() {
        long now = System.currentTimeMillis();
        long nextReset = (now / windowMillis + 1) * windowMillis;
        timer.schedule(() -> {
            sampleNow();
            scheduleNextReset();
        }, nextReset - now + LATE_MILLIS, TimeUnit.MILLISECONDS);
    }
}
