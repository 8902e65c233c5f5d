package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {

    @Test
    void acceptsACompleteProfile() {
        assertThat(ProfileValidator.check(profile("isaac.brock@example.com"))).isEmpty();
    }

    @Test
    void acceptsCommonAddressForms() {
        for (String address : List.of("a@b.co", "first.last+tag@sub.example.org", "o'brien@example.ie",
                "x_y-z@example-domain.com", "jörg@exämple.de")) {
            assertThat(ProfileValidator.isEmailAddress(address)).as(address).isTrue();
        }
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        for (String address : List.of("plain", "@example.com", "a@", "a@example", "a b@example.com", "a@@example.com",
                "a@example..com", ".a@example.com", "a@-example.com", "a@b.c" + "o".repeat(100))) {
            assertThat(ProfileValidator.isEmailAddress(address)).as(address).isFalse();
        }
    }

    @Test
    void aNonTextRequiredFieldDoesNotMatchThePattern() {
        Map<String, Object> profile = profile("a@example.com");
        profile.put("firstName", 42);

        assertThat(ProfileValidator.check(profile))
                .containsExactly(new ValidationCause("firstName", "Does not match required pattern"));
    }

    private static Map<String, Object> profile(String login) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("login", login);
        profile.put("email", login);
        profile.put("firstName", "Isaac");
        profile.put("lastName", "Brock");
        return profile;
    }
}
