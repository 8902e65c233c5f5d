package dev.camelokta.examples.provisioning.csv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a file: reads its header, opens its report and puts the {@link CsvFileRun} on the exchange, with the file's
 * rows as the body for the split.
 */
public final class OpenCsvFile implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCsvFile.class);

    private final Path outbox;
    private final Duration progressInterval;
    private final int parallelism;

    public OpenCsvFile(Path outbox, Duration progressInterval, int parallelism) {
        this.outbox = outbox;
        this.progressInterval = progressInterval;
        this.parallelism = parallelism;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        @SuppressWarnings("unchecked")
        Iterator<List<String>> records = exchange.getMessage().getMandatoryBody(Iterator.class);
        String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        CsvFileRows rows = CsvFileRows.open(records);
        LOG.info("{}: provisioning its users with {} threads", LogValues.safe(fileName), parallelism);
        CsvFileRun run = new CsvFileRun(fileName, rows, ReportWriter.open(outbox, fileName),
                new Progress(fileName, progressInterval, System::nanoTime));
        exchange.getExchangeExtension().addOnCompletion(run);
        exchange.setProperty(CsvFileRun.PROPERTY, run);
        exchange.getMessage().setBody(rows);
    }
}
