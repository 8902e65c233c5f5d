package dev.camelokta.examples.provisioning.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CSV file being provisioned: its rows, its report and its progress, shared by the exchanges of its rows (split
 * exchanges copy the file exchange's properties). Whatever way the file's exchange ends, the report is closed, so the
 * users already created are never left out of it.
 */
public final class CsvFileRun extends SynchronizationAdapter {

    public static final String PROPERTY = "provisioning.csvFileRun";

    private static final Logger LOG = LoggerFactory.getLogger(CsvFileRun.class);

    private final String fileName;
    private final CsvFileRows rows;
    private final ReportWriter report;
    private final Progress progress;

    public CsvFileRun(String fileName, CsvFileRows rows, ReportWriter report, Progress progress) {
        this.fileName = fileName;
        this.rows = rows;
        this.report = report;
        this.progress = progress;
    }

    public static CsvFileRun of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, CsvFileRun.class);
    }

    public CsvFileRows rows() {
        return rows;
    }

    public void record(RowResult result) throws IOException {
        report.write(result);
        progress.count(result);
    }

    /**
     * Called once the split has ended: every row read is in the report.
     *
     * @throws UnreadableCsvException when the rows ended early on a record that could not be parsed
     */
    public void finish() throws IOException {
        report.close();
        LOG.info("{}: finished {}; report {}", LogValues.safe(fileName), progress.summary(), shown(report.path()));
        rows.failure().ifPresent(failure -> {
            throw new UnreadableCsvException(failure);
        });
    }

    /** The file's exchange failed before {@link #finish()}: still publish what was done. */
    @Override
    public void onFailure(Exchange exchange) {
        if (report.isClosed()) {
            return;
        }
        try {
            report.close();
            LOG.warn("{}: stopped after {}; report {}", LogValues.safe(fileName), progress.summary(), shown(report.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the report " + shown(report.path()), e);
        }
    }

    /** A path for a log line: its folder is this application's, its name the input file's. */
    private static String shown(Path path) {
        return LogValues.safe(path, LogMovedToError.MAX_REASON_LENGTH);
    }
}
