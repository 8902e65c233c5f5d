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
}
