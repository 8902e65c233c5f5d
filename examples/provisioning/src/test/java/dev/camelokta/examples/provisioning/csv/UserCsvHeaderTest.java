package dev.camelokta.examples.provisioning.csv;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserCsvHeaderTest {

    @Test
    void readsTheColumnsInAnyOrderIgnoringCaseSpacesAndAByteOrderMark() {
        UserCsvHeader header = UserCsvHeader.parse(List.of("\uFEFFLogin", " Email ", "first_name", "LAST_NAME", "activate"));

        assertThat(header.size()).isEqualTo(5);
        assertThat(header.indexOf("login")).isZero();
        assertThat(header.column(1)).isEqualTo("email");
        assertThat(header.indexOf("activate")).isEqualTo(4);
    }

    @Test
    void refusesUnknownColumnsSuchAsADataRow() {
        assertThatThrownBy(() -> UserCsvHeader.parse(List.of("Ada", "Lovelace", "ada@example.com", "ada@example.com")))
                .isInstanceOf(UnreadableCsvException.class)
                .hasMessage("the header row is missing or wrong: unknown columns [ada, lovelace, ada@example.com, "
                            + "ada@example.com]; expected first_name,last_name,email,login and optionally "
                            + "mobile_phone,type_id,activate,action,groups");
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() {
        assertThatThrownBy(() -> UserCsvHeader.parse(List.of("first_name", "email", "login")))
                .isInstanceOf(UnreadableCsvException.class)
                .hasMessageStartingWith("the header row lacks the required columns [last_name]");
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertThatThrownBy(() -> UserCsvHeader.parse(List.of("first_name", "last_name", "email", "login", "email")))
                .isInstanceOf(UnreadableCsvException.class)
                .hasMessage("the header row names the columns [email] more than once");
    }

    @Test
    void showsBinaryColumnNamesShortAndEscaped() {
        String binary = "x\u0001\r\n" + "x".repeat(40);

        assertThatThrownBy(() -> UserCsvHeader.parse(List.of(binary)))
                .hasMessageContaining("unknown columns [x\\u0001\\r\\n" + "x".repeat(20) + "...(20 more chars)]");
    }

    @Test
    void aHeaderOfAMillionColumnsGivesAShortMessage() {
        List<String> columns = IntStream.range(0, 1_000_000).mapToObj(i -> "column" + i).toList();

        assertThatThrownBy(() -> UserCsvHeader.parse(columns))
                .hasMessageStartingWith("the header row is missing or wrong: unknown columns [column0, column1, ")
                .hasMessageContaining("column9, ... and 999990 more]; expected first_name,")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }
}
