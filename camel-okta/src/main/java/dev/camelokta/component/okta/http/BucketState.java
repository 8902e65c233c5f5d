package dev.camelokta.component.okta.http;

/**
 * What the component knows of one Okta rate-limit bucket: the limit, the requests left in the current window and
 * when the window resets. Requests are counted when they are sent, so that concurrent callers do not all spend the
 * same last request.
 */
final class BucketState {

    /** How long to wait when the window is known to have reset but no answer has told the new reset yet. */
    static final long UNKNOWN_WINDOW_WAIT_MILLIS = 50;

    private int limit = -1;
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
            return 0; // nothing learnt yet: the first answer will tell
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

    /** Learns from an answer's X-Rate-Limit-* headers. */
    synchronized void update(RateLimitStatus status) {
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
