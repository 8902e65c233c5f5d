package dev.camelokta.component.okta.http;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerClockTest {

    private static final long LOCAL = 1_800_000_000_500L;

    @Test
    void aServerAheadOfUsMovesItsResetEarlierOnOurClock() {
        ServerClock clock = new ServerClock();
        clock.observe(Instant.ofEpochMilli(LOCAL + 100_000), LOCAL);

        assertThat(clock.toLocalMillis((LOCAL + 100_000) / 1000 + 5)).isEqualTo(LOCAL / 1000 * 1000 + 5_000);
    }

    @Test
    void theLargestSampleWinsBecauseDateIsCutToWholeSeconds() {
        ServerClock clock = new ServerClock();
        // same true offset (0), seen through whole-second Date headers at different moments of the second
        clock.observe(Instant.ofEpochSecond(1_800_000_000L), 1_800_000_000_900L);
        clock.observe(Instant.ofEpochSecond(1_800_000_001L), 1_800_000_001_050L);

        assertThat(clock.toLocalMillis(1_800_000_010L)).isEqualTo(1_800_000_010_050L);
    }

    @Test
    void withoutAnyDateOurClockIsTaken() {
        assertThat(new ServerClock().toLocalMillis(1_800_000_010L)).isEqualTo(1_800_000_010_000L);
    }

    @Test
    void aDateOf1970IsNotAnOffsetToLearn() {
        ServerClock clock = new ServerClock();
        clock.observe(Instant.EPOCH, LOCAL);

        assertThat(clock.toLocalMillis(1_800_000_010L)).isEqualTo(1_800_000_010_000L);
    }

    @Test
    void aDateMoreThanADayFromOurClockIsIgnoredAndTheEstimateSoFarKept() {
        ServerClock clock = new ServerClock();
        clock.observe(Instant.ofEpochMilli(LOCAL + 2_000), LOCAL);
        clock.observe(Instant.ofEpochMilli(LOCAL + ServerClock.MAX_OFFSET_MILLIS + 1_000), LOCAL);
        clock.observe(Instant.ofEpochMilli(LOCAL - ServerClock.MAX_OFFSET_MILLIS - 1_000), LOCAL + 11 * 60_000L);

        assertThat(clock.oktaMillis(LOCAL)).isEqualTo(LOCAL + 2_000);
    }

    @Test
    void clocksHoursApartAreStillLearnt() {
        ServerClock clock = new ServerClock();
        clock.observe(Instant.ofEpochMilli(LOCAL + 5 * 3_600_000L), LOCAL);

        assertThat(clock.oktaMillis(LOCAL)).isEqualTo(LOCAL + 5 * 3_600_000L);
    }

    @Test
    void secondsBeyondAnyInstantNeverOverflow() {
        ServerClock clock = new ServerClock();

        assertThat(clock.toLocalMillis(Long.MAX_VALUE)).isEqualTo(253_402_300_799_000L);
        assertThat(clock.toLocalMillis(Long.MAX_VALUE / 1000 + 1)).isEqualTo(253_402_300_799_000L);
        assertThat(clock.toLocalMillis(-1)).isZero();
        assertThat(clock.toLocalMillis(Long.MIN_VALUE)).isZero();
    }
}
