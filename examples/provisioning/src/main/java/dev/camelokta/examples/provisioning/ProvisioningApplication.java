package dev.camelokta.examples.provisioning;

import java.util.Map;
import java.util.Optional;

import dev.camelokta.examples.provisioning.csv.CsvProvisioningRoutes;
import dev.camelokta.examples.provisioning.csv.SampleDataRoute;
import dev.camelokta.examples.provisioning.rest.RestApiGuard;
import dev.camelokta.sandbox.OktaSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The provisioning example: Okta users from CSV files dropped in an inbox, and a REST API to create, read and update
 * them. Its Java routes are added here, its YAML routes (the REST API) are loaded from classpath:routes/ by Camel Main,
 * and application.properties configures both.
 *
 * <p>With OKTA_SUBDOMAIN (or OKTA_BASE_URL) and OKTA_API_TOKEN set, it talks to that Okta tenant; without them it starts
 * the embedded Okta sandbox and provisions the shipped sample CSV into it.
 */
public final class ProvisioningApplication implements AutoCloseable {

    private final OktaTarget okta;
    private final Main main;

    private ProvisioningApplication(OktaTarget okta, Map<String, String> properties) {
        this.okta = okta;
        this.main = new Main();
        main.configure().addRoutesBuilder(new CsvProvisioningRoutes());
        main.configure().addRoutesBuilder(new SampleDataRoute());
        main.addMainListener(new HttpPortCheck());
        main.addMainListener(new RestApiGuard());
        okta.properties().forEach(main::addOverrideProperty);
        properties.forEach(main::addOverrideProperty);
    }

    public static void main(String[] args) throws Exception {
        try (ProvisioningApplication application = create(Environment.system(), Map.of())) {
            application.run(args);
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

    /** Stops Camel, then the embedded sandbox. */
    @Override
    public void close() {
        main.stop();
        okta.close();
    }
}
