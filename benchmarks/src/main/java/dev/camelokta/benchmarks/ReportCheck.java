package dev.camelokta.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What a report of the CSV route says about a file of {@code expectedRows} valid rows, read as a stream: whether every
 * row is in it exactly once (by its row column) and created, and the Okta user ids it names.
 */
final class ReportCheck {

    private static final CSVFormat REPORT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final int expectedRows;
    private final BitSet seen;
    private final Set<String> oktaUserIds = new HashSet<>();
    private int lines;
    private int created;
    private int repeated;
    private int unexpected;

    private ReportCheck(int expectedRows) {
        this.expectedRows = expectedRows;
        this.seen = new BitSet(expectedRows + 1);
    }

    static ReportCheck read(Path report, int expectedRows) throws IOException {
        ReportCheck check = new ReportCheck(expectedRows);
        try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8);
             CSVParser parser = REPORT.parse(reader)) {
            for (CSVRecord record : parser) {
                check.add(record);
            }
        }
        return check;
    }

    private void add(CSVRecord record) {
        lines++;
        int row = Integer.parseInt(record.get("row"));
        if (row < 1 || row > expectedRows) {
            unexpected++;
        } else if (seen.get(row)) {
            repeated++;
        } else {
            seen.set(row);
        }
        if ("created".equals(record.get("status"))) {
            created++;
            oktaUserIds.add(record.get("okta_user_id"));
        }
    }

    int lines() {
        return lines;
    }

    int created() {
        return created;
    }

    /** Rows of the file that have no line in the report. */
    int missing() {
        return expectedRows - seen.cardinality();
    }

    /** Lines for a row that already had one, or for no row of the file. */
    int extra() {
        return repeated + unexpected;
    }

    /** The distinct ids of the created users. */
    Set<String> oktaUserIds() {
        return oktaUserIds;
    }

    /** Every row in the report exactly once, and created. */
    boolean complete() {
        return lines == expectedRows && created == expectedRows && missing() == 0 && extra() == 0;
    }

    /** E.g. {@code report 5000 rows, 5000 created, 0 missing, 0 extra: ok}. */
    String describe() {
        return "report " + lines + " rows, " + created + " created, " + missing() + " missing, " + extra() + " extra: "
               + (complete() ? "ok" : "FAILED");
    }
}
