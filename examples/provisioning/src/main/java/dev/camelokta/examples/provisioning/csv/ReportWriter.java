package dev.camelokta.examples.provisioning.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The report of one input file, {@code <name>-report.csv}: one line per row, written as rows finish, from any of the
 * split's threads. It grows in a hidden {@code .part} file that is renamed when closed, so that the outbox only ever
 * shows complete reports.
 *
 * <p>No cell can run as a formula in a spreadsheet, whatever the input or Okta's answer held: a cell that starts like
 * one is quoted and prefixed with {@code '} ({@link FormulaGuard}), and the {@code note} column of its line says which
 * cells were, so that the report states it while staying a plain CSV with the same columns on every line.
 */
public final class ReportWriter implements Closeable {

    public static final String[] COLUMNS = { "row", "login", "status", "okta_user_id", "error", "note" };

    static final String NEUTRALISED_NOTE = "prefixed with ' so that a spreadsheet shows text, not a formula: ";

    private static final CSVFormat PLAIN = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat QUOTED = PLAIN.builder().setQuoteMode(QuoteMode.ALL).get();

    private final Path part;
    private final Path report;
    private final BufferedWriter out;
    private boolean closed;

    private ReportWriter(Path part, Path report, BufferedWriter out) {
        this.part = part;
        this.report = report;
        this.out = out;
    }

    public static ReportWriter open(Path outbox, String inputFileName) throws IOException {
        Files.createDirectories(outbox);
        String name = reportName(inputFileName);
        Path part = outbox.resolve("." + name + ".part");
        BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
        PLAIN.printRecord(out, (Object[]) COLUMNS);
        return new ReportWriter(part, outbox.resolve(name), out);
    }

    /** users.csv gives users-report.csv. */
    public static String reportName(String inputFileName) {
        boolean csv = inputFileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        return (csv ? inputFileName.substring(0, inputFileName.length() - 4) : inputFileName) + "-report.csv";
    }

    public synchronized void write(RowResult result) throws IOException {
        if (closed) {
            throw new IllegalStateException("The report " + LogValues.safe(report, LogMovedToError.MAX_REASON_LENGTH)
                                            + " is closed: row " + result.row() + " came too late");
        }
        List<Object> cells = Arrays.asList(result.row(), result.login(), result.status(), result.oktaUserId(),
                result.error());
        List<String> neutralised = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            boolean formula = FormulaGuard.startsLikeAFormula(cell);
            if (formula) {
                neutralised.add(COLUMNS[column]);
            }
            (formula ? QUOTED : PLAIN).print(FormulaGuard.neutralised(cell), out, column == 0);
        }
        PLAIN.print(neutralised.isEmpty() ? null : NEUTRALISED_NOTE + String.join(", ", neutralised), out, false);
        PLAIN.println(out);
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
        out.close();
        Files.move(part, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
