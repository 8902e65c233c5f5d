package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sweeper that ends exchanges at their deadline: on time, never after release, nothing left behind, and nothing
 * running after stop.
 */
class CallDeadlinesTest {

    private final CallDeadlines deadlines = new CallDeadlines();

    @AfterEach
    void stop() {
        deadlines.stop();
    }

    @Test
    void anExchangeIsCancelledAtItsDeadline() throws Exception {
        deadlines.start();
        FakeRequest request = new FakeRequest();

        long start = System.nanoTime();
        CallDeadlines.Watch watch = deadlines.watch(request, 300);

        assertThat(request.cancelled.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .isBetween(300L, 300 + CallDeadlines.SWEEP_MILLIS + 1_500); // late only by a sweep, and a busy machine
        assertThat(watch.cutOff()).isEqualTo(CallDeadlines.CutOff.DEADLINE);
        assertThat(deadlines.watchedCount()).isZero();
    }

    @Test
    void aReleasedExchangeIsNeverCancelled() throws Exception {
        deadlines.start();
        FakeRequest request = new FakeRequest();

        CallDeadlines.Watch watch = deadlines.watch(request, 100);
        deadlines.release(watch);

        assertThat(request.cancelled.await(400, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(watch.cutOff()).isNull();
    }

    @Test
    void nothingIsLeftBehindByExchangesThatEnded() throws Exception {
        deadlines.start();

        for (int i = 0; i < 10_000; i++) {
            deadlines.release(deadlines.watch(new FakeRequest(), 30_000));
        }

        assertThat(deadlines.watchedCount()).isZero();
    }

    @Test
    void stopCutsOffTheExchangesInFlightAndEndsTheDaemonThread() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        deadlines.start();
        FakeRequest request = new FakeRequest();
        CallDeadlines.Watch watch = deadlines.watch(request, 60_000);
        Thread sweeper = newSweeperThread(before);
        assertThat(sweeper).isNotNull();
        assertThat(sweeper.isDaemon()).as("never keeps a JVM alive").isTrue();

        deadlines.stop();

        assertThat(request.cancelled.getCount()).isZero();
        assertThat(watch.cutOff()).isEqualTo(CallDeadlines.CutOff.STOPPED);
        sweeper.join(2_000);
        assertThat(sweeper.isAlive()).isFalse();
        assertThatThrownBy(() -> deadlines.watch(new FakeRequest(), 1_000)).isInstanceOf(IOException.class)
                .hasMessage("The okta component is not started");
    }

    @Test
    void aRestartedComponentWatchesAgain() throws Exception {
        deadlines.start();
        deadlines.stop();
        deadlines.start();
        FakeRequest request = new FakeRequest();

        deadlines.watch(request, 100);

        assertThat(request.cancelled.await(2, TimeUnit.SECONDS)).isTrue();
    }

    /** The sweeper's thread: started after {@code before}, which may hold those of other components. */
    private static Thread newSweeperThread(Set<Thread> before) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < giveUp) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("camel-okta-deadlines") && !before.contains(thread)) {
                    return thread;
                }
            }
            Thread.sleep(10);
        }
        return null;
    }

    private static final class FakeRequest implements Cancellable {
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public boolean cancel() {
            cancelled.countDown();
            return true;
        }
    }
}
