package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BucketStateTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long RESET = NOW / 1000 + 10;

    private final ServerClock clock = clockInSyncWithLocal();
    private final BucketState bucket = new BucketState();

    private static ServerClock clockInSyncWithLocal() {
        ServerClock clock = new ServerClock();
        clock.observe(java.time.Instant.ofEpochMilli(NOW), NOW);
        return clock;
    }

    @Test
    void anUnknownBucketLetsOneRequestLearnItsLimitWhileTheOthersWait() {
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isEqualTo(BucketState.PROBE_WAIT_MILLIS);

        bucket.update(new RateLimitStatus(10, 9, RESET));
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
    }

    @Test
    void aProbeThatGotNoAnswerLetsAnotherRequestProbe() {
        bucket.tryAcquire(NOW, 100, clock, 100);
        bucket.taughtNothing();

        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
    }

    @Test
    void answersWithoutRateLimitHeadersHoldNothingBack() {
        bucket.tryAcquire(NOW, 100, clock, 100);
        bucket.updateWithoutHeaders();

        for (int i = 0; i < 100; i++) {
            assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
        }
    }

    @Test
    void fullCapacitySpendsEveryRequestThenWaitsForTheReset() {
        bucket.update(new RateLimitStatus(10, 3, RESET));

        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isEqualTo(10_000 + 100);
    }

    @Test
    void halfCapacityLeavesHalfOfTheWindowToOthers() {
        bucket.update(new RateLimitStatus(10, 10, RESET));

        int granted = 0;
        while (bucket.tryAcquire(NOW, 50, clock, 100) == 0 && granted < 20) {
            granted++;
        }
        assertThat(granted).isEqualTo(5);
    }

    @Test
    void othersSpendingTheBucketIsSeenInTheHeaders() {
        bucket.update(new RateLimitStatus(10, 10, RESET));
        bucket.update(new RateLimitStatus(10, 6, RESET)); // another integration took 4

        int granted = 0;
        while (bucket.tryAcquire(NOW, 50, clock, 100) == 0 && granted < 20) {
            granted++;
        }
        assertThat(granted).isEqualTo(1);
    }

    @Test
    void afterTheResetTheFullWindowIsAvailableAgain() {
        bucket.update(new RateLimitStatus(2, 0, RESET));
        long afterReset = NOW + 10_000 + 100;

        assertThat(bucket.tryAcquire(afterReset, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(afterReset, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(afterReset, 100, clock, 100))
                .as("the new window's reset is not known until Okta answers")
                .isEqualTo(BucketState.UNKNOWN_WINDOW_WAIT_MILLIS);

        bucket.update(new RateLimitStatus(2, 1, RESET + 10));
        assertThat(bucket.tryAcquire(afterReset, 100, clock, 100))
                .as("both requests of the new window were counted here, whatever Okta has seen so far")
                .isEqualTo(10_000);
    }

    @Test
    void aLateAnswerFromAnEarlierWindowIsIgnored() {
        bucket.update(new RateLimitStatus(10, 8, RESET + 10));
        bucket.update(new RateLimitStatus(10, 0, RESET));

        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
    }

    @Test
    void aProbeThatNeverEndsIsTakenOverAfterItsLease() {
        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(NOW + BucketState.PROBE_LEASE_MILLIS - 1, 100, clock, 100))
                .isEqualTo(BucketState.PROBE_WAIT_MILLIS);

        assertThat(bucket.tryAcquire(NOW + BucketState.PROBE_LEASE_MILLIS, 100, clock, 100))
                .as("the next caller probes").isZero();
        assertThat(bucket.tryAcquire(NOW + BucketState.PROBE_LEASE_MILLIS, 100, clock, 100))
                .as("and holds the others again").isEqualTo(BucketState.PROBE_WAIT_MILLIS);
    }

    @Test
    void aWindowThatPassedWithoutNewsIsCountedAgainAfterOktasLongestWindow() {
        bucket.update(new RateLimitStatus(2, 0, RESET));
        long afterReset = NOW + 10_000 + 100;
        bucket.tryAcquire(afterReset, 100, clock, 100);
        bucket.tryAcquire(afterReset, 100, clock, 100);
        assertThat(bucket.tryAcquire(afterReset + 59_999, 100, clock, 100))
                .as("both requests of the new window went, and no answer told anything")
                .isEqualTo(BucketState.UNKNOWN_WINDOW_WAIT_MILLIS);

        long nextWindow = afterReset + 60_000;
        assertThat(bucket.tryAcquire(nextWindow, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(nextWindow, 100, clock, 100)).isZero();
        assertThat(bucket.tryAcquire(nextWindow, 100, clock, 100)).isEqualTo(BucketState.UNKNOWN_WINDOW_WAIT_MILLIS);
    }

    @Test
    void aResetBeyondAnyInstantNeitherOverflowsNorThrows() {
        bucket.update(new RateLimitStatus(2, 0, Long.MAX_VALUE));

        assertThat(bucket.tryAcquire(NOW, 100, clock, 100)).as("a wait, not an overflow into the past").isPositive();
        assertThat(bucket.knownWindow().resetInstant()).isEqualTo("9999-12-31T23:59:59Z");
    }
}
