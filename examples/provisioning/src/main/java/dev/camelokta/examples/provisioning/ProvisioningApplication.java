package dev.camelokta.examples.provisioning;

import java.util.Map;
import java.util.Optional;

import dev.camelokta.examples.provisioning.csv.CsvProvisioningRoutes;
import dev.camelokta.examples.provisioning.csv.ReconciliationRoute;
import dev.camelokta.examples.provisioning.csv.SampleDataRoute;
import dev.camelokta.examples.provisioning.rest.RestApiGuard;
import dev.camelokta.sandbox.OktaSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provisioning example: Okta users from CSV files dropped in an inbox, and a REST API to create, read and update
 * them. Its Java routes are added here, its YAML routes (the REST API) are loaded from classpath:routes/ by Camel Main,
 * and application.properties configures both.
 *
 * <p>With OKTA_SUBDOMAIN (or OKTA_BASE_URL) and OKTA_API_TOKEN set, it talks to that Okta tenant; without them it starts
 * the embedded Okta sandbox and provisions the shipped sample CSV into it.
 */
public final class ProvisioningApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningApplication.class);

    private final OktaTarget okta;
    private final Main main;

    private ProvisioningApplication(OktaTarget okta, Map<String, String> properties) {
        this.okta = okta;
        this.main = new Main();
        main.configure().addRoutesBuilder(new CsvProvisioningRoutes());
        main.configure().addRoutesBuilder(new SampleDataRoute());
        main.configure().addRoutesBuilder(new ReconciliationRoute());
        main.addMainListener(new HttpPortCheck());
        main.addMainListener(new RestApiGuard());
        okta.properties().forEach(main::addOverrideProperty);
        properties.forEach(main::addOverrideProperty);
    }

    /** Runs until the JVM is asked to stop (Ctrl-C); a start that fails ends the JVM with exit code 1. */
    public static void main(String[] args) {
        try (ProvisioningApplication application = create(Environment.system(), Map.of())) {
            application.run(args);
        } catch (Exception e) {
            LOG.error("The application did not start: {}", e.getMessage(), e);
            // Camel Main's idle watcher (camel.main.duration-max-idle-seconds) is a non-daemon thread that a failed
            // start leaves running, in Camel 4.17: without this exit, it would keep the JVM alive for nothing
            System.exit(1);
        }
    }

    /**
     * Works out which Okta to use, starting the embedded sandbox if none is configured, and prepares Camel.
     *
     * @param properties Camel Main properties that win over application.properties, such as a test's work folder
     */
    public static ProvisioningApplication create(Environment environment, Map<String, String> properties) {
        OktaTarget okta = OktaTarget.resolve(environment);
        try {
            return new ProvisioningApplication(okta, properties);
        } catch (RuntimeException e) {
            okta.close();
            throw e;
        }
    }

    /** Runs until the JVM is asked to stop (Ctrl-C). */
    public void run(String... args) throws Exception {
        main.run(args);
    }

    /** Starts and returns at once, for tests and benchmarks, which then {@link #close()} it. */
    public void start() {
        main.start();
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    /** The embedded sandbox, or empty when a tenant is used. */
    public Optional<OktaSandbox> sandbox() {
        return okta.sandbox();
    }

    /** Stops Camel, then the embedded sandbox, even when Camel fails to stop. */
    @Override
    public void close() {
        try {
            main.stop();
        } finally {
            okta.close();
        }
    }
}
