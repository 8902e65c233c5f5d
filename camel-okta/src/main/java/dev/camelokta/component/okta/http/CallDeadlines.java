package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends every exchange with Okta at its deadline, whatever the server sends. A socket timeout bounds each read, not the
 * exchange: an answer that trickles a byte at a time, or a flood of {@code 1xx} interim answers, would hold the call,
 * its request slot and its connection forever. Here a sweeper thread cancels the request of each exchange past its
 * deadline, and HttpClient then closes the connection under the blocked read.
 *
 * <p>One sweep every {@value #SWEEP_MILLIS} ms rather than one timer task per call: watching an exchange costs a set
 * insertion and a removal, and wakes no other thread, so the hot path stays lean; no task is left behind by a call.
 * The component owns one, started and stopped with it; its thread is a daemon, so it never keeps a JVM alive.
 */
public final class CallDeadlines {

    /** How often deadlines are checked: an exchange ends at most this late. */
    static final long SWEEP_MILLIS = 100;
    /** Far enough to be "never" and still safe to add to {@link System#nanoTime()}. */
    private static final long LONGEST_TIMEOUT_MILLIS = TimeUnit.DAYS.toMillis(365L * 100);

    private static final Logger LOG = LoggerFactory.getLogger(CallDeadlines.class);

    private final Set<Watch> watched = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService sweeper;

    /** Why a watched exchange was cut off. */
    enum CutOff {
        /** its deadline passed */
        DEADLINE,
        /** the component stopped */
        STOPPED
    }

    public synchronized void start() {
        if (sweeper == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "camel-okta-deadlines");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            sweeper = executor;
        }
    }

    /** Stops the sweeper and cuts off the exchanges still in flight, so that none outlives the component. */
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
        for (Watch watch : watched) {
            cutOff(watch, CutOff.STOPPED);
        }
    }

    /**
     * Watches an exchange about to start: its request is cancelled once {@code timeoutMillis} have passed.
     * {@link #release} it when the exchange ends, however it ends.
     *
     * @throws IOException when the component is not started: no call may run without a deadline
     */
    Watch watch(Cancellable request, long timeoutMillis) throws IOException {
        Watch watch = new Watch(request,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(timeoutMillis, LONGEST_TIMEOUT_MILLIS)));
        watched.add(watch);
        if (sweeper == null) { // checked after adding, so that a concurrent stop() cannot miss the watch
            watched.remove(watch);
            throw new IOException("The okta component is not started");
        }
        return watch;
    }

    void release(Watch watch) {
        watched.remove(watch);
    }

    /** How many exchanges are watched now; for tests. */
    int watchedCount() {
        return watched.size();
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            for (Watch watch : watched) {
                if (now - watch.deadlineNanos >= 0) {
                    cutOff(watch, CutOff.DEADLINE);
                }
            }
        } catch (RuntimeException e) { // an exception would end the periodic task, and with it every deadline
            LOG.warn("Checking the deadlines of Okta calls failed; checking again in {} ms", SWEEP_MILLIS, e);
        }
    }

    private void cutOff(Watch watch, CutOff reason) {
        if (watched.remove(watch)) {
            watch.cutOff = reason;
            try {
                watch.request.cancel(); // HttpClient closes the connection: the blocked read ends at once
            } catch (RuntimeException e) {
                LOG.debug("Cancelling an Okta request past its deadline failed", e);
            }
        }
    }

    /** One exchange under watch. */
    static final class Watch {

        private final Cancellable request;
        private final long deadlineNanos;
        private volatile CutOff cutOff;

        private Watch(Cancellable request, long deadlineNanos) {
            this.request = request;
            this.deadlineNanos = deadlineNanos;
        }

        /** Why the exchange was cut off, or null when it was not. */
        CutOff cutOff() {
            return cutOff;
        }
    }
}
