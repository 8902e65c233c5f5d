package dev.camelokta.examples.provisioning.csv;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Ends a row: works out its result (invalid, done, failed at a step, or an unexpected error) and writes it to the
 * file's report. Every row passes here exactly once, which is what makes the report complete.
 */
public final class RecordRowResult implements Processor {

    /** The {@link UserRow} of the row exchange, kept while the body becomes Okta's input and result. */
    public static final String ROW_PROPERTY = "provisioning.userRow";
    /** The {@link RowResult} of a valid row's okta calls. */
    public static final String RESULT_PROPERTY = "provisioning.rowResult";

    @Override
    public void process(Exchange exchange) throws Exception {
        CsvFileRun.of(exchange).record(result(exchange));
    }

    private static RowResult result(Exchange exchange) {
        UserRow row = exchange.getProperty(ROW_PROPERTY, UserRow.class);
        Exception unexpected = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (unexpected != null) {
            return RowResult.failed(row, "unexpected error: " + LogValues.safe(unexpected.getMessage()));
        }
        if (!row.isValid()) {
            return RowResult.failed(row, row.problem());
        }
        return exchange.getProperty(RESULT_PROPERTY, RowResult.class);
    }
}
