package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitStatusTest {

    private static final long OKTA_NOW_MILLIS = 1_800_000_000_000L;
    private static final long OKTA_NOW_SECONDS = OKTA_NOW_MILLIS / 1000;

    @Test
    void readsOktasThreeHeaders() {
        assertThat(RateLimitStatus.from("600", " 599 ", "1800000060"))
                .isEqualTo(new RateLimitStatus(600, 599, 1_800_000_060L));
    }

    @ParameterizedTest(name = "limit {0}, remaining {1}, reset {2}")
    @CsvSource({
            "600, 0, 9223372036854775807", // Long.MAX_VALUE: no Instant, no epoch millisecond
            "600, 0, 253402300800", // 10000-01-01
            "600, 0, -1",
            "600, -1, 1800000060",
            "-600, 0, 1800000060",
            "99999999999, 0, 1800000060", // past int
            "600, 99999999999, 1800000060",
            "600, 0, 99999999999999999999", // past long
            "600, 0, soon",
            "6e2, 0, 1800000060",
    })
    void headersOutOfRangeAreReadAsNone(String limit, String remaining, String reset) {
        assertThat(RateLimitStatus.from(limit, remaining, reset)).isNull();
    }

    @Test
    void aMissingHeaderIsReadAsNone() {
        assertThat(RateLimitStatus.from("600", null, "1800000060")).isNull();
    }

    @ParameterizedTest(name = "reset {0} s from Okta's now is plausible: {1}")
    @CsvSource({
            "0, true",
            "60, true",
            "300, true", // MAX_RESET_AHEAD_SECONDS
            "301, false",
            "4102444800, false", // 2100, whatever Okta's now
            "-60, true", // one window behind: an answer that was slow to come
            "-61, false",
    })
    void aResetIsPlausibleFromOneWindowBehindToFiveMinutesAheadOfOktasClock(long resetFromNow, boolean plausible) {
        long reset = resetFromNow > 1_000_000_000L ? resetFromNow : OKTA_NOW_SECONDS + resetFromNow;

        assertThat(new RateLimitStatus(600, 10, reset).plausibleAt(OKTA_NOW_MILLIS)).isEqualTo(plausible);
    }

    @Test
    void aConcurrencyLimitRefusalIsNoWindowOfTheBucket() {
        RateLimitStatus concurrency = new RateLimitStatus(0, 0, OKTA_NOW_SECONDS + 60);

        assertThat(concurrency.isConcurrencyLimit()).isTrue();
        assertThat(concurrency.plausibleAt(OKTA_NOW_MILLIS)).isFalse();
        assertThat(new RateLimitStatus(600, 0, OKTA_NOW_SECONDS + 60).isConcurrencyLimit()).isFalse();
    }

    @Test
    void moreRemainingThanTheLimitIsImplausible() {
        assertThat(new RateLimitStatus(600, 601, OKTA_NOW_SECONDS + 30).plausibleAt(OKTA_NOW_MILLIS)).isFalse();
        assertThat(new RateLimitStatus(600, 600, OKTA_NOW_SECONDS + 30).plausibleAt(OKTA_NOW_MILLIS)).isTrue();
    }

    @Test
    void anyResetGivesAnInstantForMessages() {
        assertThat(new RateLimitStatus(600, 0, Long.MAX_VALUE).resetInstant()).isEqualTo("9999-12-31T23:59:59Z");
        assertThat(new RateLimitStatus(600, 0, Long.MIN_VALUE).resetInstant()).isEqualTo("1970-01-01T00:00:00Z");
    }
}
