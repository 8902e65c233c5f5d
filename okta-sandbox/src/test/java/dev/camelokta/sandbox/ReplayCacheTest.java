package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ReplayCache cache = new ReplayCache(now::get);

    @Test
    void aJtiIsUsedOnceWhileItsJwtLives() {
        assertThat(cache.seen("a")).isFalse();
        assertThat(cache.firstUse("a", now.get() + 1000)).isTrue();
        assertThat(cache.seen("a")).isTrue();
        assertThat(cache.firstUse("a", now.get() + 1000)).isFalse();
    }

    @Test
    void anExpiredEntryNoLongerCounts() {
        cache.firstUse("a", now.get() + 1000);
        now.addAndGet(1000);

        assertThat(cache.seen("a")).isFalse();
        assertThat(cache.firstUse("a", now.get() + 1000)).isTrue();
    }

    @Test
    void expiredEntriesAreSweptAndLiveOnesKept() {
        for (int i = 0; i < 2000; i++) {
            cache.firstUse("old-" + i, now.get() + 10);
        }
        cache.firstUse("live", now.get() + 100_000);
        now.addAndGet(5000);

        assertThat(cache.size()).isEqualTo(2001);
        assertThat(cache.firstUse("new", now.get() + 10)).isTrue();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.seen("live")).isTrue();
        assertThat(cache.firstUse("live", now.get() + 10)).isFalse();
        assertThat(cache.seen("old-1")).isFalse();
    }
}
