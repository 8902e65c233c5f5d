package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.time.Instant;

/**
 * Okta's clock as seen from here, learnt from the Date header of its answers, so that X-Rate-Limit-Reset (Okta's
 * epoch seconds) can be turned into a local moment however far the two clocks are apart.
 * <p>
 * A Date header is cut to whole seconds and was written before the answer arrived, so each sample (Date minus the
 * local time of arrival) is at most the true offset; the largest recent sample is the best estimate, and when it errs
 * it errs towards waiting a little longer, never towards being refused.
 * <p>
 * A Date more than {@link #MAX_OFFSET_MILLIS a day} away from the local clock (a Date of 1970, say) is not an offset
 * to learn but a broken header: it is ignored, and resets are read against the estimate so far, or the local clock.
 */
final class ServerClock {

    /** The largest offset believed: two clocks that are a day apart are not two clocks but a broken header. */
    static final long MAX_OFFSET_MILLIS = 24 * 60 * 60_000L;
    /** Forget the estimate after this long, in case either clock was set. */
    private static final long ESTIMATE_LIFETIME_MILLIS = 10 * 60_000L;

    private boolean known;
    private long offsetMillis;
    private long estimatedAtMillis;

    /** @return false when the Date was ignored as implausible */
    synchronized boolean observe(Instant serverDate, long localArrivalMillis) {
        if (!plausible(serverDate, localArrivalMillis)) {
            return false;
        }
        long sample = serverDate.toEpochMilli() - localArrivalMillis;
        boolean stale = localArrivalMillis - estimatedAtMillis > ESTIMATE_LIFETIME_MILLIS;
        if (!known || stale || sample > offsetMillis) {
            offsetMillis = sample;
            estimatedAtMillis = localArrivalMillis;
            known = true;
        }
        return true;
    }

    /**
     * The local time (epoch millis) at which Okta's clock shows the given epoch second; a second outside
     * 0 to {@link RateLimitStatus#MAX_RESET_EPOCH_SECONDS} is taken as the nearest of the two, so nothing overflows.
     */
    synchronized long toLocalMillis(long serverEpochSeconds) {
        return RateLimitStatus.clamped(serverEpochSeconds) * 1000 - (known ? offsetMillis : 0);
    }

    /** Okta's clock (epoch millis) at the given local moment, as far as it is known. */
    synchronized long oktaMillis(long localMillis) {
        return localMillis + (known ? offsetMillis : 0);
    }

    /** Okta's clock at an answer that arrived at the given local moment: its Date when plausible, else ours. */
    static long oktaMillisAt(Instant serverDate, long localArrivalMillis) {
        return serverDate != null && plausible(serverDate, localArrivalMillis)
                ? serverDate.toEpochMilli() : localArrivalMillis;
    }

    /** Compared in seconds, so that no Instant, however far, overflows. */
    private static boolean plausible(Instant serverDate, long localMillis) {
        return Math.abs(serverDate.getEpochSecond() - localMillis / 1000) <= MAX_OFFSET_MILLIS / 1000;
    }
}
