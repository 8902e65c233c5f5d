package dev.camelokta.examples.provisioning.csv;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Progress progress = new Progress("users.csv", Duration.ofSeconds(5), nanos::get);

    @Test
    void countsRowsAndFailuresAndTheRate() {
        for (int i = 1; i <= 30; i++) {
            progress.count(i % 10 == 0 ? failed(i) : created(i));
        }
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(progress.done()).isEqualTo(30);
        assertThat(progress.failed()).isEqualTo(3);
        assertThat(progress.describe()).isEqualTo("30 rows done, 3 failed, 15.0 rows/s");
        assertThat(progress.summary()).isEqualTo("30 rows in 2.0 s (15.0 rows/s): 27 succeeded, 3 failed");
    }

    @Test
    void anEmptyFileHasNoRate() {
        assertThat(progress.summary()).isEqualTo("0 rows in 0.0 s (0.0 rows/s): 0 succeeded, 0 failed");
    }

    private static RowResult created(long row) {
        return RowResult.created(UserRow.valid(row, "user" + row + "@example.com", Map.of()), "00u" + row);
    }

    private static RowResult failed(long row) {
        return RowResult.failed(UserRow.invalid(row, "user" + row + "@example.com", "missing email"), "missing email");
    }
}
