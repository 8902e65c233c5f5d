package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;

/**
 * What the component knows of one Okta rate-limit bucket: the limit, the requests left in the current window and
 * when the window resets. Requests are counted when they are sent, so that concurrent callers do not all spend the
 * same last request.
 */
final class BucketState {

    /** How long to wait when the window is known to have reset but no answer has told the new reset yet. */
    static final long UNKNOWN_WINDOW_WAIT_MILLIS = 50;
    /** How long to wait while the first request to a bucket learns its limit. */
    static final long PROBE_WAIT_MILLIS = 10;

    private int limit = -1;
    /** true while the first request to the bucket is out: the others wait for what its answer tells. */
    private boolean probing;
    /** true when Okta's answers carry no rate-limit headers for this bucket: nothing to track. */
    private boolean untracked;
    private int remaining;
    private long resetEpochSeconds;
    /** true after the known window passed: remaining is then counted down from the full limit until Okta tells. */
    private boolean rolledOver;

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
            if (!probing) {
                probing = true;
                return 0;
            }
            return PROBE_WAIT_MILLIS; // a burst at start-up must not spend more than the bucket holds
        }
        long resetAtMillis = clock.toLocalMillis(resetEpochSeconds) + marginMillis;
        if (!rolledOver && nowMillis >= resetAtMillis) {
            rolledOver = true;
            remaining = limit;
        }
        if (remaining > untouchable(capacityPercent)) {
            remaining--;
            return 0;
        }
        return rolledOver ? UNKNOWN_WINDOW_WAIT_MILLIS : resetAtMillis - nowMillis;
    }

    /** An answer without rate-limit headers: until one comes with them, requests are not held back. */
    synchronized void updateWithoutHeaders() {
        probing = false;
        untracked = limit < 0;
    }

    /** A request that got no answer: it taught nothing, so another may probe. */
    synchronized void noAnswer() {
        probing = false;
    }

    /** Learns from an answer's X-Rate-Limit-* headers. */
    synchronized void update(RateLimitStatus status) {
        probing = false;
        untracked = false;
        boolean known = limit >= 0;
        boolean sameWindow = known && status.resetEpochSeconds() == resetEpochSeconds;
        if (known && (status.resetEpochSeconds() < resetEpochSeconds || sameWindow && rolledOver)) {
            return; // a late answer from a window that has passed
        }
        // requests sent since the window began were counted here; Okta may not have seen them all yet
        boolean countedHere = sameWindow || rolledOver;
        remaining = countedHere ? Math.min(remaining, status.remaining()) : status.remaining();
        limit = status.limit();
        resetEpochSeconds = status.resetEpochSeconds();
        rolledOver = false;
    }

    /** The requests of a window this component must leave to others. */
    private int untouchable(int capacityPercent) {
        int usable = Math.max(1, (int) Math.floor(limit * (capacityPercent / 100.0)));
        return limit - usable;
    }

    synchronized long resetEpochSeconds() {
        return resetEpochSeconds;
    }

    synchronized int limit() {
        return limit;
    }
}
