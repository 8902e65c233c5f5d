package dev.camelokta.examples.provisioning.csv;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.dataformat.csv.CsvDataFormat;
import org.apache.camel.util.TimeUtils;

/**
 * Example 1: every CSV file dropped in the inbox is provisioned row by row, in parallel: joiners created (with their
 * groups), movers changed, leavers deactivated ({@link RowSteps}), into a report in the outbox; the file then moves to the done folder, or to the error folder when it cannot be read.
 */
public class CsvProvisioningRoutes extends RouteBuilder {

    private static final String ROW_ROUTE = "direct:provision-csv-row";

    @Override
    public void configure() {
        ProvisioningFolders folders = ProvisioningFolders.of(getContext());
        int parallelism = positiveNumber("provisioning.csv.parallelism");
        Duration progressInterval = positiveDuration("provisioning.csv.progress-interval");
        ExecutorService rowThreads = getContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "csv-rows", parallelism);

        RowSteps steps = new RowSteps(getContext(), "rateLimitCapacity={{provisioning.csv.rate-limit-capacity}}"
                                                    + "&maxRetries={{provisioning.csv.max-retries}}");

        CsvDataFormat records = new CsvDataFormat();
        records.setLazyLoad(true); // an iterator over the file: one record in memory at a time, not the whole file

        from("file:" + folders.inbox() + "?charset=UTF-8&antInclude=*.csv,*.CSV"
             + "&readLock=changed&readLockMinLength=0" // wait until the file stops growing; empty files too, to go to error
             + "&move=" + folders.done() + "/${file:name}"
             + "&moveFailed=" + folders.error() + "/${file:name}")
                .routeId("csv-inbox")
                .onException(Exception.class) // not handled: the file goes to the error folder, with one line that says why
                    .logExhausted(false)
                    .process(new LogMovedToError(folders.error()))
                .end()
                .process(new RequireUtf8Text())
                .unmarshal(records)
                .process(new OpenCsvFile(folders.outbox(), progressInterval, parallelism))
                .split(body()).streaming().parallelProcessing().executorService(rowThreads)
                    .to(ROW_ROUTE)
                .end()
                .process(exchange -> CsvFileRun.of(exchange).finish());

        from(ROW_ROUTE)
                .routeId("csv-row")
                .onException(Exception.class) // an unexpected error (a bug) in one row must not end the file: that row fails
                    .handled(true)
                    .process(new RecordRowResult())
                .end()
                .setProperty(RecordRowResult.ROW_PROPERTY, body())
                .filter(exchange -> row(exchange).isValid())
                    .process(exchange -> exchange.setProperty(RecordRowResult.RESULT_PROPERTY, steps.run(row(exchange))))
                .end()
                .process(new RecordRowResult());
    }

    private static UserRow row(Exchange exchange) {
        return exchange.getProperty(RecordRowResult.ROW_PROPERTY, UserRow.class);
    }

    private int positiveNumber(String name) {
        String value = setting(name);
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("Invalid " + name + " '" + LogValues.safe(value)
                                           + "': it must be a whole number above 0, e.g. 8");
    }

    private Duration positiveDuration(String name) {
        String value = setting(name);
        try {
            long millis = TimeUtils.toMilliSeconds(value.trim()); // 0, or an exception, for what it cannot read
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw new IllegalArgumentException("Invalid " + name + " '" + LogValues.safe(value)
                                           + "': it must be a duration above 0, e.g. 5s or 5000 (milliseconds)");
    }

    private String setting(String name) {
        return getContext().resolvePropertyPlaceholders("{{" + name + "}}");
    }
}
