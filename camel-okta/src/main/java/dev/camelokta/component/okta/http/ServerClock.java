package dev.camelokta.component.okta.http;

import java.time.Instant;

/**
 * Okta's clock as seen from here, learnt from the Date header of its answers, so that X-Rate-Limit-Reset (Okta's
 * epoch seconds) can be turned into a local moment however far the two clocks are apart.
 * <p>
 * A Date header is cut to whole seconds and was written before the answer arrived, so each sample (Date minus the
 * local time of arrival) is at most the true offset; the largest recent sample is the best estimate, and when it errs
 * it errs towards waiting a little longer, never towards being refused.
 */
final class ServerClock {

    /** Forget the estimate after this long, in case either clock was set. */
    private static final long ESTIMATE_LIFETIME_MILLIS = 10 * 60_000L;

    private boolean known;
    private long offsetMillis;
    private long estimatedAtMillis;

    synchronized void observe(Instant serverDate, long localArrivalMillis) {
        long sample = serverDate.toEpochMilli() - localArrivalMillis;
        boolean stale = localArrivalMillis - estimatedAtMillis > ESTIMATE_LIFETIME_MILLIS;
        if (!known || stale || sample > offsetMillis) {
            offsetMillis = sample;
            estimatedAtMillis = localArrivalMillis;
            known = true;
        }
    }

    /** The local time (epoch millis) at which Okta's clock shows the given epoch second. */
    synchronized long toLocalMillis(long serverEpochSeconds) {
        return serverEpochSeconds * 1000 - (known ? offsetMillis : 0);
    }
}
