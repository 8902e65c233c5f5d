package dev.camelokta.examples.provisioning;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a report of the CSV route back, by its header. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static List<CSVRecord> records(Path report) throws IOException {
        try (Reader reader = Files.newBufferedReader(report)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
