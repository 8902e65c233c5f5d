package dev.camelokta.component.okta.http;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Date header reader remembers the last text it read: a remembered text must give the same value as a fresh parse,
 * and a new text must never get the remembered value.
 */
class HttpDateTest {

    @Test
    void readsADateAndTheSameTextAgain() {
        assertThat(HttpDate.parse("Tue, 02 Dec 2025 15:44:00 GMT")).isEqualTo(Instant.parse("2025-12-02T15:44:00Z"));
        assertThat(HttpDate.parse("Tue, 02 Dec 2025 15:44:00 GMT")).isEqualTo(Instant.parse("2025-12-02T15:44:00Z"));
    }

    @Test
    void aNewTextIsReadAfresh() {
        HttpDate.parse("Tue, 02 Dec 2025 15:44:00 GMT");

        assertThat(HttpDate.parse("Tue, 02 Dec 2025 15:44:01 GMT")).isEqualTo(Instant.parse("2025-12-02T15:44:01Z"));
        assertThat(HttpDate.parse("Tue, 02 Dec 2025 15:44:00 GMT")).isEqualTo(Instant.parse("2025-12-02T15:44:00Z"));
    }

    @Test
    void noDateOrNotADateIsNull() {
        assertThat(HttpDate.parse(null)).isNull();
        assertThat(HttpDate.parse("yesterday")).isNull();
        assertThat(HttpDate.parse("yesterday")).isNull();
        assertThat(HttpDate.parse("")).isNull();
        assertThat(HttpDate.parse("Tue, 2 Dec 2025 15:44:02 GMT")).isEqualTo(Instant.parse("2025-12-02T15:44:02Z"));
    }
}
