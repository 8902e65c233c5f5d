package dev.camelokta.examples.provisioning.csv;

import java.time.Instant;

import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaUser;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Reconciliation: every Okta user into {@code outbox/users-<time>.csv}, to compare the org with the HR export. The
 * users stream from okta:listUsers (an Iterator that fetches each page as the split consumes it) through a streaming
 * split, so the org's size does not change the memory used. It runs on a timer (provisioning.reconcile.*) and on
 * {@code POST /reconcile}; a listing that fails midway leaves no file ({@link UserExport}), and the error in the log
 * or the REST answer.
 */
public class ReconciliationRoute extends RouteBuilder {

    public static final String ROUTE = "direct:reconcile";
    /** The name of the file written, and the number of users in it, for the REST answer. */
    public static final String FILE_PROPERTY = "reconciliationFile";
    public static final String USERS_PROPERTY = "reconciledUsers";

    private static final String EXPORT_PROPERTY = "provisioning.userExport";

    @Override
    public void configure() {
        ProvisioningFolders folders = ProvisioningFolders.of(getContext());

        from("timer:reconcile?delay={{provisioning.reconcile.delay}}&period={{provisioning.reconcile.interval}}")
                .routeId("reconcile-timer")
                .autoStartup("{{provisioning.reconcile.enabled}}")
                .to(ROUTE);

        from(ROUTE)
                .routeId("reconcile")
                .errorHandler(noErrorHandler()) // a failure goes to the caller's error handler: a REST answer, a log line
                .process(exchange -> exchange.setProperty(EXPORT_PROPERTY, UserExport.open(folders.outbox(), Instant.now())))
                .doTry()
                    .setBody(constant(null))
                    .to("okta:listUsers?rateLimitCapacity={{provisioning.csv.rate-limit-capacity}}"
                        + "&maxRetries={{provisioning.csv.max-retries}}&throwExceptionOnFailure=true")
                    .split(body()).streaming().stopOnException()
                        .process(exchange -> export(exchange).write(exchange.getMessage().getBody(OktaUser.class)))
                    .end()
                    .process(exchange -> {
                        UserExport export = export(exchange);
                        export.finish();
                        exchange.setProperty(FILE_PROPERTY, export.path().getFileName().toString());
                        exchange.setProperty(USERS_PROPERTY, export.users());
                        log.info("Reconciliation: {} users in {}", export.users(), LogValues.safe(export.path(), 512));
                    })
                .endDoTry()
                .doFinally()
                    // within the route, so that a failed run's .part is gone before the caller answers
                    .process(exchange -> export(exchange).discardIfUnfinished())
                .end();
    }

    private static UserExport export(Exchange exchange) {
        return exchange.getProperty(EXPORT_PROPERTY, UserExport.class);
    }
}
