package dev.camelokta.examples.provisioning.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report of one input file, {@code <name>-report.csv}: one line per row, written as rows finish, from any of the
 * split's threads. It grows in a hidden {@code .part} file that is renamed when closed, so that the outbox only ever
 * shows complete reports.
 */
public final class ReportWriter implements Closeable {

    public static final String[] COLUMNS = { "row", "login", "status", "okta_user_id", "error" };

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator('\n').get();

    private final Path part;
    private final Path report;
    private final CSVPrinter printer;
    private boolean closed;

    private ReportWriter(Path part, Path report, CSVPrinter printer) {
        this.part = part;
        this.report = report;
        this.printer = printer;
    }

    public static ReportWriter open(Path outbox, String inputFileName) throws IOException {
        Files.createDirectories(outbox);
        String name = reportName(inputFileName);
        Path part = outbox.resolve("." + name + ".part");
        return new ReportWriter(part, outbox.resolve(name), FORMAT.print(part, StandardCharsets.UTF_8));
    }

    /** users.csv gives users-report.csv. */
    public static String reportName(String inputFileName) {
        boolean csv = inputFileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        return (csv ? inputFileName.substring(0, inputFileName.length() - 4) : inputFileName) + "-report.csv";
    }

    public synchronized void write(RowResult result) throws IOException {
        if (closed) {
            throw new IllegalStateException("The report " + report + " is closed: row " + result.row() + " came too late");
        }
        printer.printRecord(result.row(), result.login(), result.status(), result.oktaUserId(), result.error());
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Where the report is once closed. */
    public Path path() {
        return report;
    }

    /** Flushes and publishes the report; a second call does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        printer.close();
        Files.move(part, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
