package dev.camelokta.examples.provisioning.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserRowParserTest {

    private final UserRowParser parser = new UserRowParser(UserCsvHeader.parse(
            List.of("first_name", "last_name", "email", "login", "mobile_phone", "type_id", "activate")));

    @Test
    void aCompleteRowBecomesCreateUsersInputWithoutTheEmptyValues() {
        UserRow row = parse(7, "Ada", " Lovelace ", "ada@example.com", "ada@example.com", "", "", "FALSE");

        assertThat(row.isValid()).isTrue();
        assertThat(row.number()).isEqualTo(7);
        assertThat(row.login()).isEqualTo("ada@example.com");
        assertThat(row.input()).isEqualTo(Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com",
                "login", "ada@example.com", "activate", "FALSE"));
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsInvalid() {
        assertThat(parse(1, "Ada", "Lovelace", "ada@example.com", "ada@example.com").problem())
                .isEqualTo("wrong column count: 4 values for the 7 columns of the header");
        assertThat(parse(2, "Ada", "Lovelace", "ada@example.com", "ada@example.com", "", "", "", "extra").problem())
                .isEqualTo("wrong column count: 8 values for the 7 columns of the header");
    }

    @Test
    void aRowMissingRequiredValuesNamesThem() {
        UserRow row = parse(3, "", "Lovelace", " ", "ada@example.com", "", "", "");

        assertThat(row.isValid()).isFalse();
        assertThat(row.problem()).isEqualTo("missing first_name, email");
        assertThat(row.login()).isEqualTo("ada@example.com");
        assertThat(row.input()).isEmpty();
    }

    @Test
    void anEmailWithoutAnAtOrADomainIsInvalid() {
        for (String email : List.of("ada.example.com", "ada@", "ada@example", "ada lovelace@example.com")) {
            assertThat(parse(4, "Ada", "Lovelace", email, "ada@example.com", "", "", "").problem())
                    .isEqualTo("invalid email '" + email + "': expected an address such as ada@example.com");
        }
    }

    @Test
    void activateMustBeTrueOrFalse() {
        assertThat(parse(5, "Ada", "Lovelace", "ada@example.com", "ada@example.com", "", "", "yes").problem())
                .isEqualTo("invalid activate 'yes': use true or false, or leave it empty");
    }

    private UserRow parse(long number, String... values) {
        return parser.parse(number, Arrays.asList(values));
    }
}
