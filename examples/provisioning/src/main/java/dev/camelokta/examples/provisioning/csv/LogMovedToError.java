package dev.camelokta.examples.provisioning.csv;

import java.nio.file.Path;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, in one log line of bounded length, why a file goes to the error folder: WARN with the reason for a file that
 * cannot be read as a users CSV, ERROR with the stack trace for anything else (a bug or a full disk).
 */
public final class LogMovedToError implements Processor {

    /** Long enough for every reason this application gives; a bound for anything else. */
    static final int MAX_REASON_LENGTH = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LogMovedToError.class);

    private final Path errorFolder;

    public LogMovedToError(Path errorFolder) {
        this.errorFolder = errorFolder;
    }

    @Override
    public void process(Exchange exchange) {
        String file = LogValues.safe(exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class));
        Exception failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Exception.class);
        if (failure instanceof UnreadableCsvException) {
            LOG.warn("{}: moved to {} because {}", file, errorFolder, LogValues.safe(failure.getMessage(), MAX_REASON_LENGTH));
        } else {
            LOG.error("{}: moved to {} because of an unexpected error: {}", file, errorFolder,
                    LogValues.safe(failure == null ? null : failure.getMessage(), MAX_REASON_LENGTH), failure);
        }
    }
}
