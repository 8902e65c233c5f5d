package dev.camelokta.examples.provisioning.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyTest {

    @Test
    void withoutAConfiguredKeyEachStartGeneratesAnother() {
        ApiKey first = ApiKey.of(null);
        ApiKey second = ApiKey.of(" ");

        assertThat(first.isGenerated()).isTrue();
        assertThat(first.reveal()).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
        assertThat(second.reveal()).isNotEqualTo(first.reveal());
        assertThat(first.matches(first.reveal())).isTrue();
        assertThat(first.matches(second.reveal())).isFalse();
    }

    @Test
    void aConfiguredKeyMatchesOnlyItself() {
        ApiKey key = ApiKey.of(" configured-key-0123 ");

        assertThat(key.isGenerated()).isFalse();
        assertThat(key.matches("configured-key-0123")).isTrue();
        assertThat(key.matches("configured-key-012")).isFalse();
        assertThat(key.matches("configured-key-01234")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
        assertThat(key.toString()).doesNotContain("configured-key");
    }

    @Test
    void aKeyTooShortToBeASecretStopsTheStartWithTheFix() {
        assertThatThrownBy(() -> ApiKey.of("secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid provisioning.api-key (PROVISIONING_API_KEY): it has 6 characters, a key needs at "
                            + "least 16; use e.g. the output of 'openssl rand -base64 32', or leave it unset to have one "
                            + "generated at each start");
    }
}
