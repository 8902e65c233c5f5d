package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the tracker believes of an answer, and how long it lets a call wait. The acquire calls run on the real clock;
 * with maxWait 0 they return or throw at once, so the tests need no timing but a generous bound.
 */
class RateLimitTrackerTest {

    private static final URI ORG = URI.create("https://acme.okta.com");
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final OktaRequest GET_USER = new OktaRequest("GET", List.of("api", "v1", "users", "00u1"), Map.of(),
            null, null, OktaRateLimitBucket.GET_USER);

    private final RateLimitTracker tracker = new RateLimitTracker();

    @Test
    void aBucketWithRoomLetsTheCallGoWithoutWaiting() throws Exception {
        answer(200, new RateLimitStatus(10, 2, nowSeconds() + 30), Instant.now());

        assertTimeoutPreemptively(BOUND, () -> {
            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
        });
    }

    @Test
    void aResetFurtherAwayThanMaxWaitEndsTheCallAtOnceWithTheRateLimitError() {
        long reset = nowSeconds() + 120; // plausible, but more than maxRetryWait away
        answer(200, new RateLimitStatus(10, 0, reset), Instant.now());

        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(
                () -> tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 1_000))
                .isInstanceOfSatisfying(RateLimitWaitTooLongException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Okta rate-limit bucket GET_USER of https://acme.okta.com is "
                                                         + "spent until " + Instant.ofEpochSecond(reset)
                                                         + " (limit 10 per window, using 100%), which is more than "
                                                         + "maxRetryWait (1000 ms) away; no request was sent");
                    assertThat(e.isRateLimited()).isTrue();
                    assertThat(e.getHttpStatus()).as("no request was sent").isZero();
                    assertThat(e.getRateLimit()).isEqualTo(new RateLimitStatus(10, 0, reset));
                }));
    }

    @Test
    void theShortWaitsOfAPassedWindowEndWithinMaxWaitToo() {
        // the window passes at once; its two requests go; no answer tells the new window
        answer(200, new RateLimitStatus(2, 0, nowSeconds()), Instant.now());

        assertTimeoutPreemptively(BOUND, () -> {
            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 2_000);
            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 2_000);
            long start = System.nanoTime();
            assertThatThrownBy(() -> tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 300))
                    .isInstanceOf(RateLimitWaitTooLongException.class)
                    .hasMessage("Okta rate-limit bucket GET_USER of https://acme.okta.com had no room for this call "
                                + "within maxRetryWait (300 ms): its window has passed and no answer has told the new "
                                + "one yet; no request was sent");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        });
    }

    @Test
    void aResetIn2100IsUnknownNotAWait() {
        answer(200, new RateLimitStatus(10, 0, Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()), Instant.now());

        assertTimeoutPreemptively(BOUND, () -> tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0));
        assertThat(tracker.localResetMillis(ORG, new RateLimitStatus(10, 0, 4_102_444_800L), System.currentTimeMillis()))
                .isEmpty();
    }

    @Test
    void aResetBeyondAnyInstantIsUnknownNotAnOverflow() {
        answer(429, new RateLimitStatus(10, 0, Long.MAX_VALUE), Instant.now());

        assertTimeoutPreemptively(BOUND, () -> tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0));
        assertThat(tracker.localResetMillis(ORG, new RateLimitStatus(10, 0, Long.MAX_VALUE), System.currentTimeMillis()))
                .isEmpty();
    }

    @Test
    void aDateOf1970IsNotOktasClock() {
        long reset = nowSeconds() + 2;
        answer(200, new RateLimitStatus(10, 0, reset), Instant.EPOCH);

        assertThat(tracker.localResetMillis(ORG, new RateLimitStatus(10, 0, reset), System.currentTimeMillis()))
                .hasValue(reset * 1000 + RateLimitTracker.RESET_MARGIN_MILLIS);
    }

    @Test
    void aConcurrencyLimitRefusalNeverTeachesALimitOfZero() {
        long reset = nowSeconds() + 30;
        answer(200, new RateLimitStatus(10, 3, reset), Instant.now());
        answer(429, new RateLimitStatus(0, 0, reset + 30), Instant.now());

        assertTimeoutPreemptively(BOUND, () -> {
            for (int i = 0; i < 3; i++) {
                tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
            }
            assertThatThrownBy(() -> tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0))
                    .as("still the bucket's window: limit 10, spent until its own reset")
                    .isInstanceOfSatisfying(RateLimitWaitTooLongException.class,
                            e -> assertThat(e.getRateLimit()).isEqualTo(new RateLimitStatus(10, 0, reset)));
        });
        assertThat(tracker.localResetMillis(ORG, new RateLimitStatus(0, 0, reset + 30), System.currentTimeMillis()))
                .as("its reset is only an estimate").isEmpty();
    }

    @Test
    void aConcurrencyLimitRefusalOfTheFirstRequestLetsTheNextOneProbe() {
        assertTimeoutPreemptively(BOUND, () -> {
            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
            answer(429, new RateLimitStatus(0, 0, nowSeconds() + 60), Instant.now());

            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
        });
    }

    @Test
    void aRequestThatGotNoAnswerLetsTheNextOneProbe() {
        assertTimeoutPreemptively(BOUND, () -> {
            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
            tracker.recordNoAnswer(ORG, OktaRateLimitBucket.GET_USER);

            tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0);
        });
    }

    @Test
    void waitingForTheFirstRequestToLearnTheBucketIsNoRateLimitWait() throws Exception {
        tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0); // the probe, still out

        Thread learner = new Thread(() -> {
            sleep(300);
            answer(200, new RateLimitStatus(10, 9, nowSeconds() + 30), Instant.now());
        });
        learner.start();
        assertTimeoutPreemptively(BOUND, () -> tracker.acquire(ORG, OktaRateLimitBucket.GET_USER, 100, 0));
        learner.join(BOUND.toMillis());
    }

    private void answer(int status, RateLimitStatus rateLimit, Instant date) {
        tracker.record(ORG, new OktaResponse(GET_USER, status, "application/json", "{}", "req1", null, rateLimit,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)), false),
                System.currentTimeMillis());
    }

    private static long nowSeconds() {
        return Instant.now().getEpochSecond();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
