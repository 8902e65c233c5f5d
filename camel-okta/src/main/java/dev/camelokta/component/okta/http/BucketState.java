package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;

/**
 * What the component knows of one Okta rate-limit bucket: the limit, the requests left in the current window and
 * when the window resets. Requests are counted when they are sent, so that concurrent callers do not all spend the
 * same last request.
 * <p>
 * No state is a dead end:
 * <ul>
 * <li>the first request to an unknown bucket learns its limit while the others wait; whatever ends that request
 * (an answer, none, an exception) ends the wait, and a probe older than {@link #PROBE_LEASE_MILLIS} is taken over
 * by the next caller in any case;</li>
 * <li>after a known reset, the full limit is counted down again for each of Okta's longest windows
 * ({@link RateLimitStatus#WINDOW_SECONDS}) that passes until an answer tells the new window, so that requests that
 * taught nothing (no answer, a concurrency-limit refusal, implausible headers) cannot hold the bucket spent.</li>
 * </ul>
 * Only plausible headers of a real window reach {@link #update}; {@link RateLimitTracker} sorts the others out.
 */
final class BucketState {

    /** How long to wait when the window is known to have reset but no answer has told the new reset yet. */
    static final long UNKNOWN_WINDOW_WAIT_MILLIS = 50;
    /** How long to wait while the first request to a bucket learns its limit. */
    static final long PROBE_WAIT_MILLIS = 10;
    /** How long the first request to a bucket may keep the others waiting; past it, the next caller probes too. */
    static final long PROBE_LEASE_MILLIS = 10_000;

    private static final long WINDOW_MILLIS = RateLimitStatus.WINDOW_SECONDS * 1000;

    private int limit = -1;
    /** true while the first request to the bucket is out: the others wait for what its answer tells. */
    private boolean probing;
    private long probeStartedAtMillis;
    /** true when Okta's answers carry no usable rate-limit headers for this bucket: nothing to track. */
    private boolean untracked;
    private int remaining;
    private long resetEpochSeconds;
    /**
     * 0 within the known window; n after n windows began since the known reset, and the full limit was counted
     * again for each, until Okta tells the current one.
     */
    private long windowsCountedSinceReset;

    /**
     * Takes one request from the bucket if the share this component may use allows it.
     *
     * @return 0 when the request may go now, else how long to wait before asking again
     */
    synchronized long tryAcquire(long nowMillis, int capacityPercent, ServerClock clock, long marginMillis) {
        if (limit < 0) {
            if (untracked) {
                return 0;
            }
            if (!probing || nowMillis - probeStartedAtMillis >= PROBE_LEASE_MILLIS) {
                probing = true;
                probeStartedAtMillis = nowMillis;
                return 0;
            }
            return PROBE_WAIT_MILLIS; // a burst at start-up must not spend more than the bucket holds
        }
        long resetAtMillis = clock.toLocalMillis(resetEpochSeconds) + marginMillis;
        if (nowMillis >= resetAtMillis) {
            long windowsBegun = 1 + (nowMillis - resetAtMillis) / WINDOW_MILLIS;
            if (windowsBegun > windowsCountedSinceReset) {
                windowsCountedSinceReset = windowsBegun;
                remaining = limit;
            }
        }
        if (remaining > untouchable(capacityPercent)) {
            remaining--;
            return 0;
        }
        return rolledOver() ? UNKNOWN_WINDOW_WAIT_MILLIS : resetAtMillis - nowMillis;
    }

    /** An answer without usable rate-limit headers: until one comes with them, an unknown bucket holds nothing back. */
    synchronized void updateWithoutHeaders() {
        probing = false;
        untracked = limit < 0;
    }

    /** A request that taught nothing (no answer, or a refusal for Okta's concurrency limit): another may probe. */
    synchronized void taughtNothing() {
        probing = false;
    }

    /** Learns from an answer's X-Rate-Limit-* headers, which describe a window of this bucket. */
    synchronized void update(RateLimitStatus status) {
        probing = false;
        untracked = false;
        boolean known = limit >= 0;
        boolean sameWindow = known && status.resetEpochSeconds() == resetEpochSeconds;
        if (known && (status.resetEpochSeconds() < resetEpochSeconds || sameWindow && rolledOver())) {
            return; // a late answer from a window that has passed
        }
        // requests sent since the window began were counted here; Okta may not have seen them all yet
        boolean countedHere = sameWindow || rolledOver();
        remaining = countedHere ? Math.min(remaining, status.remaining()) : status.remaining();
        limit = status.limit();
        resetEpochSeconds = status.resetEpochSeconds();
        windowsCountedSinceReset = 0;
    }

    /** true after the known window passed: remaining is then counted down from the full limit until Okta tells. */
    private boolean rolledOver() {
        return windowsCountedSinceReset > 0;
    }

    /** The requests of a window this component must leave to others. */
    private int untouchable(int capacityPercent) {
        int usable = Math.max(1, (int) Math.floor(limit * (capacityPercent / 100.0)));
        return limit - usable;
    }

    /** The headers as this component now sees them, for messages; null while the bucket or its window is unknown. */
    synchronized RateLimitStatus knownWindow() {
        return limit < 0 || rolledOver() ? null : new RateLimitStatus(limit, remaining, resetEpochSeconds);
    }

    synchronized long resetEpochSeconds() {
        return resetEpochSeconds;
    }

    synchronized int limit() {
        return limit;
    }
}
