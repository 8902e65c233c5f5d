package dev.camelokta.component.okta.http;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proactive throttling: tracks every rate-limit bucket of every org the component talks to, from the headers Okta
 * sends, and makes a call wait for its bucket's reset rather than spend requests Okta would refuse or that the
 * component must leave to other integrations ({@code rateLimitCapacity}).
 */
public final class RateLimitTracker {

    /** Waited beyond a reset, since Okta's reset is given in whole seconds. */
    static final long RESET_MARGIN_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitTracker.class);

    private final Map<String, Org> orgs = new ConcurrentHashMap<>();

    /** Blocks until the bucket allows one more request from this component. */
    public void acquire(URI orgUrl, OktaRateLimitBucket bucket, int capacityPercent) throws InterruptedException {
        Org org = org(orgUrl);
        BucketState state = org.bucket(bucket);
        long wait;
        while ((wait = state.tryAcquire(System.currentTimeMillis(), capacityPercent, org.clock, RESET_MARGIN_MILLIS)) > 0) {
            if (wait > BucketState.UNKNOWN_WINDOW_WAIT_MILLIS) { // the short waits of a new window are not news
                LOG.info("Waiting {} ms for Okta rate-limit bucket {} of {} (limit {} per window, using {}%, resets at {})",
                        wait, bucket, orgUrl, state.limit(), capacityPercent,
                        Instant.ofEpochSecond(state.resetEpochSeconds()));
            }
            Thread.sleep(wait);
        }
    }

    /** Learns from an answer: Okta's clock from Date, the bucket from X-Rate-Limit-*. */
    public void record(URI orgUrl, OktaResponse response, long localArrivalMillis) {
        Org org = org(orgUrl);
        BucketState bucket = org.bucket(response.request().bucket());
        if (response.rateLimit() != null) {
            Instant oktaTime = response.date();
            if (oktaTime != null) {
                org.clock.observe(oktaTime, localArrivalMillis);
            }
            bucket.update(response.rateLimit());
        } else {
            bucket.updateWithoutHeaders();
        }
    }

    /** A request that got no answer. */
    public void recordNoAnswer(URI orgUrl, OktaRateLimitBucket bucket) {
        org(orgUrl).bucket(bucket).noAnswer();
    }

    /** The local moment (epoch millis) at which a reset Okta announced happens, margin included. */
    public long localResetMillis(URI orgUrl, long resetEpochSeconds) {
        return org(orgUrl).clock.toLocalMillis(resetEpochSeconds) + RESET_MARGIN_MILLIS;
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
