package dev.camelokta.examples.provisioning.csv;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The action and groups columns of a users CSV. */
class LifecycleRowParserTest {

    private final UserRowParser parser = new UserRowParser(UserCsvHeader.parse(
            List.of("action", "first_name", "last_name", "email", "login", "mobile_phone", "groups")));

    @Test
    void aJoinerNeedsTheFourNamesAndGetsItsGroupsSplit() {
        UserRow row = parser.parse(1, List.of("", "Ada", "Lovelace", "ada@example.com", "ada@example.com", "",
                " Engineering ;; Research;"));

        assertThat(row.isValid()).isTrue();
        assertThat(row.action()).isEqualTo(RowAction.JOIN);
        assertThat(row.groups()).containsExactly("Engineering", "Research");
        assertThat(row.input()).isEqualTo(Map.of("first_name", "Ada", "last_name", "Lovelace", "email",
                "ada@example.com", "login", "ada@example.com"));
        assertThat(parser.parse(2, List.of("join", "", "Lovelace", "ada@example.com", "ada@example.com", "", ""))
                .problem()).isEqualTo("missing first_name");
    }

    @Test
    void aMoverOrALeaverNeedsOnlyTheLogin() {
        UserRow mover = parser.parse(3, List.of("Move", "", "", "", "grace@example.com", "+1 555 0100", "Sales;-Engineering"));
        UserRow leaver = parser.parse(4, List.of(" leave ", "", "", "", "linus@example.com", "", ""));

        assertThat(mover.isValid()).isTrue();
        assertThat(mover.action()).isEqualTo(RowAction.MOVE);
        assertThat(mover.input()).isEqualTo(Map.of("login", "grace@example.com", "mobile_phone", "+1 555 0100"));
        assertThat(mover.groups()).containsExactly("Sales", "-Engineering");
        assertThat(leaver.action()).isEqualTo(RowAction.LEAVE);
        assertThat(parser.parse(5, List.of("leave", "", "", "", "", "", "")).problem()).isEqualTo("missing login");
    }

    @Test
    void anUnknownActionIsRefusedNamingTheChoices() {
        assertThat(parser.parse(6, List.of("fire\r\nforged", "", "", "", "x@example.com", "", "")).problem())
                .isEqualTo("invalid action 'fire\\r\\nforged': use join, move or leave, or leave it empty for join");
    }

    @Test
    void aMoversEmailIsCheckedWhenGiven() {
        assertThat(parser.parse(7, List.of("move", "", "", "not-an-email", "x@example.com", "", "")).problem())
                .startsWith("invalid email 'not-an-email'");
    }
}
