package dev.camelokta.component.okta.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogValuesTest {

    @Test
    void plainTextIsKeptAsItIs() {
        assertThat(LogValues.safe("ada@example.com")).isEqualTo("ada@example.com");
    }

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertThat(LogValues.safe("ada\r\nINFO forged line\u0000\u2028"))
                .isEqualTo("ada\\r\\nINFO forged line\\u0000\\u2028")
                .doesNotContain("\n", "\r");
    }

    @Test
    void longValuesAreCutAndTheRestCounted() {
        String value = "x".repeat(1_000_000);
        assertThat(LogValues.safe(value, 10)).isEqualTo("xxxxxxxxxx...(999990 more chars)");
        assertThat(LogValues.safe(value)).hasSizeLessThan(LogValues.MAX_LENGTH + 40);
    }

    @Test
    void nullIsNamed() {
        assertThat(LogValues.safe(null)).isEqualTo("null");
    }
}
