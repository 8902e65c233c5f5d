package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static dev.camelokta.component.okta.logging.LogValues.safe;

/**
 * Proactive throttling: tracks every rate-limit bucket of every org the component talks to, from the headers Okta
 * sends, and makes a call wait for its bucket's reset rather than spend requests Okta would refuse or that the
 * component must leave to other integrations ({@code rateLimitCapacity}).
 * <p>
 * What an answer teaches (see {@link RateLimitStatus} and {@link ServerClock} for what is plausible):
 * <ul>
 * <li>a plausible Date sets Okta's clock; an implausible one is ignored;</li>
 * <li>plausible headers of a window update the bucket;</li>
 * <li>a concurrency-limit refusal (Limit 0) teaches nothing: the bucket keeps what it knew, and never believes its
 * limit is 0;</li>
 * <li>missing or implausible headers count as none: an unknown bucket then holds nothing back, a known one keeps
 * what it knew.</li>
 * </ul>
 * Waiting is bounded: a call waits for its bucket at most {@code maxWaitMillis} in all before each attempt, and
 * when the bucket would keep it longer it ends at once with {@link RateLimitWaitTooLongException}. Waiting for the
 * first request to an unknown bucket is not a rate-limit wait and is bounded by {@link BucketState#PROBE_LEASE_MILLIS}.
 */
public final class RateLimitTracker {

    /** Waited beyond a reset, since Okta's reset is given in whole seconds. */
    static final long RESET_MARGIN_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitTracker.class);

    private final Map<String, Org> orgs = new ConcurrentHashMap<>();

    /**
     * Blocks until the bucket allows one more request from this component.
     *
     * @param maxWaitMillis the longest this call may wait for the bucket in all ({@code maxRetryWait})
     * @throws RateLimitWaitTooLongException when the bucket would keep the call waiting longer; no request was sent
     */
    public void acquire(URI orgUrl, OktaRateLimitBucket bucket, int capacityPercent, long maxWaitMillis)
            throws InterruptedException {
        Org org = org(orgUrl);
        BucketState state = org.bucket(bucket);
        long waitedForResetMillis = 0;
        long wait;
        while ((wait = state.tryAcquire(System.currentTimeMillis(), capacityPercent, org.clock, RESET_MARGIN_MILLIS)) > 0) {
            boolean learning = state.limit() < 0; // another request is learning the bucket: bounded by its lease
            if (!learning && waitedForResetMillis + wait > maxWaitMillis) {
                throw RateLimitWaitTooLongException.of(bucket, orgUrl, state.knownWindow(), capacityPercent,
                        maxWaitMillis, waitedForResetMillis);
            }
            if (wait > BucketState.UNKNOWN_WINDOW_WAIT_MILLIS) { // the short waits of a new window are not news
                LOG.info("Waiting {} ms for Okta rate-limit bucket {} of {} (limit {} per window, using {}%, resets at {})",
                        wait, bucket, safe(orgUrl), state.limit(), capacityPercent,
                        RateLimitStatus.instantOf(state.resetEpochSeconds()));
            }
            Thread.sleep(wait);
            if (!learning) {
                waitedForResetMillis += wait;
            }
        }
    }

    /** Learns from an answer: Okta's clock from Date, the bucket from X-Rate-Limit-*, each only when plausible. */
    public void record(URI orgUrl, OktaResponse response, long localArrivalMillis) {
        Org org = org(orgUrl);
        OktaRateLimitBucket bucketName = response.request().bucket();
        BucketState bucket = org.bucket(bucketName);
        RateLimitStatus status = response.rateLimit();
        if (status == null) {
            bucket.updateWithoutHeaders();
            return;
        }
        Instant oktaTime = response.date();
        if (oktaTime != null && !org.clock.observe(oktaTime, localArrivalMillis)) {
            LOG.debug("Ignoring the Date header {} of Okta's answer for bucket {} of {}: more than a day from this clock",
                    safe(response.dateHeader()), bucketName, safe(orgUrl));
        }
        if (status.isConcurrencyLimit()) {
            bucket.taughtNothing();
        } else if (status.plausibleAt(org.clock.oktaMillis(localArrivalMillis))) {
            bucket.update(status);
        } else {
            LOG.debug("Ignoring the rate-limit headers of Okta's answer for bucket {} of {} as implausible "
                      + "(limit {}, remaining {}, reset {})", bucketName, safe(orgUrl), status.limit(), status.remaining(),
                    status.resetEpochSeconds());
            bucket.updateWithoutHeaders();
        }
    }

    /** A request that got no answer, or one that could not be read. */
    public void recordNoAnswer(URI orgUrl, OktaRateLimitBucket bucket) {
        org(orgUrl).bucket(bucket).taughtNothing();
    }

    /**
     * The local moment (epoch millis, margin included) at which the window an answer reported resets; empty when
     * that is unknown: no headers, a concurrency-limit refusal, or an implausible reset.
     */
    public OptionalLong localResetMillis(URI orgUrl, RateLimitStatus status, long nowMillis) {
        Org org = org(orgUrl);
        if (status == null || !status.plausibleAt(org.clock.oktaMillis(nowMillis))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(org.clock.toLocalMillis(status.resetEpochSeconds()) + RESET_MARGIN_MILLIS);
    }

    private Org org(URI orgUrl) {
        return orgs.computeIfAbsent(orgUrl.toString(), key -> new Org());
    }

    private static final class Org {
        final ServerClock clock = new ServerClock();
        final Map<OktaRateLimitBucket, BucketState> buckets = new EnumMap<>(OktaRateLimitBucket.class);

        synchronized BucketState bucket(OktaRateLimitBucket bucket) {
            return buckets.computeIfAbsent(bucket, b -> new BucketState());
        }
    }
}
