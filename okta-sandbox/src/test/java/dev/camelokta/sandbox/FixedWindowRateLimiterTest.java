package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {

    /** 2024-01-01T00:00:00Z plus a little, on a minute boundary before the plus. */
    private static final long START_MILLIS = 1_704_067_200_000L + 12_345;

    private final AtomicLong clock = new AtomicLong(START_MILLIS);

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowEnds() {
        FixedWindowRateLimiter limiter = limiter(3, Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire()).isEqualTo(new RateLimitDecision(true, 3, 2, 1_704_067_260L));
        assertThat(limiter.tryAcquire().remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire().remaining()).isZero();
        assertThat(limiter.tryAcquire()).isEqualTo(new RateLimitDecision(false, 3, 0, 1_704_067_260L));

        clock.set(1_704_067_260_000L);

        assertThat(limiter.tryAcquire()).isEqualTo(new RateLimitDecision(true, 3, 2, 1_704_067_320L));
    }

    @Test
    void refusedRequestsDoNotCount() {
        FixedWindowRateLimiter limiter = limiter(1, Duration.ofSeconds(10));
        limiter.tryAcquire();
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire();
        }

        clock.addAndGet(10_000);

        assertThat(limiter.tryAcquire().remaining()).isZero();
        assertThat(limiter.tryAcquire().allowed()).isFalse();
    }

    @Test
    void windowsAreAlignedOnTheEpochSoResetsAreWholeMultiplesOfTheWindow() {
        FixedWindowRateLimiter limiter = limiter(10, Duration.ofSeconds(7));

        long reset = limiter.tryAcquire().resetEpochSeconds();

        assertThat(reset % 7).isZero();
        assertThat(reset * 1000).isGreaterThan(START_MILLIS).isLessThanOrEqualTo(START_MILLIS + 7_000);
        assertThat(limiter.currentReset()).isEqualTo(reset);
    }

    @Test
    void resetForgetsTheCount() {
        FixedWindowRateLimiter limiter = limiter(1, Duration.ofMinutes(1));
        limiter.tryAcquire();

        limiter.reset();

        assertThat(limiter.tryAcquire().allowed()).isTrue();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheLimit() throws Exception {
        FixedWindowRateLimiter limiter = limiter(5_000, Duration.ofMinutes(1));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> allowedPerThread = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                allowedPerThread.add(threads.submit(() -> {
                    int allowed = 0;
                    for (int i = 0; i < 1_000; i++) {
                        if (limiter.tryAcquire().allowed()) {
                            allowed++;
                        }
                    }
                    return allowed;
                }));
            }
            int allowed = 0;
            for (Future<Integer> count : allowedPerThread) {
                allowed += count.get(30, TimeUnit.SECONDS);
            }

            assertThat(allowed).isEqualTo(5_000);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRateLimitWindowIsAWholeNumberOfSeconds() {
        assertThatThrownBy(() -> new RateLimit(10, Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RateLimit(200, Duration.ofSeconds(10))).hasToString("200/10s");
    }

    private FixedWindowRateLimiter limiter(int limit, Duration window) {
        return new FixedWindowRateLimiter(new RateLimit(limit, window), clock::get);
    }
}
