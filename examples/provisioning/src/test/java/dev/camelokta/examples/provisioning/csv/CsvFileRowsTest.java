package dev.camelokta.examples.provisioning.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileRowsTest {

    @Test
    void numbersTheDataRowsAfterTheHeader() throws IOException {
        CsvFileRows rows = CsvFileRows.open(records("""
                first_name,last_name,email,login
                Ada,Lovelace,ada@example.com,ada@example.com
                Alan,Turing,alan.example.com,alan@example.com
                """));

        List<UserRow> read = readAll(rows);

        assertThat(read).extracting(UserRow::number).containsExactly(1L, 2L);
        assertThat(read).extracting(UserRow::isValid).containsExactly(true, false);
        assertThat(rows.failure()).isEmpty();
    }

    @Test
    void endsAtARecordThatCannotBeParsedAndSaysWhere() throws IOException {
        CsvFileRows rows = CsvFileRows.open(records("""
                first_name,last_name,email,login
                Ada,Lovelace,ada@example.com,ada@example.com
                Alan,"Turing"x,alan@example.com,alan@example.com
                Grace,Hopper,grace@example.com,grace@example.com
                """));

        assertThat(readAll(rows)).extracting(UserRow::login).containsExactly("ada@example.com");
        assertThat(rows.failure()).hasValueSatisfying(failure -> assertThat(failure)
                .startsWith("row 2 cannot be parsed (Invalid character between encapsulated token and delimiter")
                .endsWith("; the report has the 1 row before it"));
    }

    @Test
    void refusesAFileWithoutAHeaderRow() {
        assertThatThrownBy(() -> CsvFileRows.open(List.<List<String>> of().iterator()))
                .isInstanceOf(UnreadableCsvException.class)
                .hasMessage("the file is empty: it has no header row");
    }

    @Test
    void refusesAHeaderThatCannotBeParsed() {
        assertThatThrownBy(() -> CsvFileRows.open(records("first_name,\"last_name")))
                .isInstanceOf(UnreadableCsvException.class)
                .hasMessageStartingWith("the header row cannot be parsed: ");
    }

    /** The records as camel-csv's lazy unmarshalling gives them: parsed as they are asked for. */
    private static Iterator<List<String>> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).stream().map(CSVRecord::toList).iterator();
    }

    private static List<UserRow> readAll(CsvFileRows rows) {
        List<UserRow> read = new ArrayList<>();
        rows.forEachRemaining(read::add);
        return read;
    }
}
