package dev.camelokta.component.okta.schemas;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema cache: read once per key for its TTL, read again after it (on a clock the test moves, no sleeps), every
 * time with a TTL of 0, nothing kept from a failed read, and at most one read in flight per key.
 */
class TtlCacheTest {

    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        return key + "#" + reads.incrementAndGet();
    }

    @Test
    void readsOnceForManyCallsWithinTheTtl() {
        TtlCache<String, String> cache = new TtlCache<>(TEN_MINUTES, 10, nanos::get);

        for (int i = 0; i < 50; i++) {
            assertThat(cache.get("default", this::read)).isEqualTo("default#1");
            nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainOnceTheTtlHasPassed() {
        TtlCache<String, String> cache = new TtlCache<>(TEN_MINUTES, 10, nanos::get);
        cache.get("default", this::read);

        nanos.addAndGet(Duration.ofMinutes(10).minusNanos(1).toNanos());
        assertThat(cache.get("default", this::read)).isEqualTo("default#1");
        nanos.addAndGet(1);
        assertThat(cache.get("default", this::read)).isEqualTo("default#2");
        assertThat(cache.get("default", this::read)).isEqualTo("default#2");
    }

    @Test
    void eachKeyIsReadAndKeptOnItsOwn() {
        TtlCache<String, String> cache = new TtlCache<>(TEN_MINUTES, 10, nanos::get);

        assertThat(cache.get("default", this::read)).isEqualTo("default#1");
        assertThat(cache.get("oty1", this::read)).isEqualTo("oty1#2");
        assertThat(cache.get("default", this::read)).isEqualTo("default#1");
    }

    @Test
    void aTtlOfZeroReadsEveryTime() {
        TtlCache<String, String> cache = new TtlCache<>(0, 10, nanos::get);

        cache.get("default", this::read);
        cache.get("default", this::read);
        cache.get("default", this::read);

        assertThat(reads).hasValue(3);
    }

    @Test
    void aFailedReadKeepsNothing() {
        TtlCache<String, String> cache = new TtlCache<>(TEN_MINUTES, 10, nanos::get);

        assertThatThrownBy(() -> cache.get("default", key -> {
            throw new IllegalStateException("403");
        })).hasMessage("403");

        assertThat(cache.get("default", this::read)).isEqualTo("default#1");
    }

    @Test
    void itHoldsAtMostItsSize() {
        TtlCache<String, String> cache = new TtlCache<>(TEN_MINUTES, 2, nanos::get);

        for (int i = 0; i < 200; i++) {
            cache.get("type" + i, this::read);
        }

        assertThat(cache.get("type199", this::read)).isEqualTo("type199#200");
        assertThat(cache.get("type0", this::read)).as("evicted, so read again").isEqualTo("type0#201");
    }

    @Test
    void atMostOneReadPerKeyIsInFlight() throws Exception {
        TtlCache<String, String> cache = new TtlCache<>(TEN_MINUTES, 10, nanos::get);
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch finishRead = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] calls = new Future<?>[4];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = callers.submit(() -> cache.get("default", key -> {
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    readStarted.countDown();
                    try {
                        assertThat(finishRead.await(5, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inFlight.decrementAndGet();
                    return read(key);
                }));
            }
            assertThat(readStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // let the other callers reach the key's lock
            finishRead.countDown();
            for (Future<?> call : calls) {
                assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("default#1");
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(reads).hasValue(1);
        assertThat(mostInFlight).hasValue(1);
    }
}
