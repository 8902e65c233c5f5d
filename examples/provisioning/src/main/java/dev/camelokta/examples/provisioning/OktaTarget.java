package dev.camelokta.examples.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Okta the application talks to: the tenant the environment names, or else the embedded sandbox, which is started
 * here, seeded with groups and the users the sample lifecycle CSV moves and deactivates, given the sample CSVs to
 * provision and stopped on close. A tenant never gets a sandbox nor the sample users.
 */
public final class OktaTarget implements AutoCloseable {

    /** Whether the route that copies the shipped sample CSV into the inbox runs. */
    public static final String SAMPLE_DATA_PROPERTY = "provisioning.sample-data.enabled";

    private static final Logger LOG = LoggerFactory.getLogger(OktaTarget.class);

    private final Map<String, String> properties;
    private final OktaSandbox sandbox;

    private OktaTarget(Map<String, String> properties, OktaSandbox sandbox) {
        this.properties = Map.copyOf(properties);
        this.sandbox = sandbox;
    }

    public static OktaTarget resolve(Environment environment) {
        Optional<OktaTenant> tenant = OktaTenant.fromEnvironment(environment);
        if (tenant.isPresent()) {
            LOG.info("Using the Okta tenant at {}", tenant.get().describe());
            return new OktaTarget(tenant.get().componentProperties(), null);
        }
        OktaSandbox sandbox = OktaSandbox.builder()
                .userType("Contractor", "contractor", "People who work for a partner company") // so that GET /user-types shows a choice
                .group("Engineering", "Builds the product")
                .group("Sales", "Sells the product")
                .group("Research", "Looks ahead")
                .start();
        seedLifecycleSample(sandbox);
        LOG.info("No {}/{} set: started the embedded Okta sandbox at {}", OktaTenant.SUBDOMAIN, OktaTenant.API_TOKEN,
                sandbox.baseUrl());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.okta.base-url", sandbox.baseUrl());
        properties.put("camel.component.okta.api-token", sandbox.apiToken());
        properties.put(SAMPLE_DATA_PROPERTY, "true");
        return new OktaTarget(properties, sandbox);
    }

    /** The mover and the leaver of the sample lifecycle.csv: users the org has before the application starts. */
    private static void seedLifecycleSample(OktaSandbox sandbox) {
        SandboxUser mover = sandbox.createUser(Map.of("firstName", "Whitfield", "lastName", "Diffie",
                "email", "whitfield.diffie@example.com", "login", "whitfield.diffie@example.com"));
        sandbox.addToGroup(sandbox.group("Sales").id(), mover.id());
        sandbox.createUser(Map.of("firstName", "Martin", "lastName", "Hellman",
                "email", "martin.hellman@example.com", "login", "martin.hellman@example.com"));
    }

    /** Camel Main properties that point the okta component at this Okta. */
    public Map<String, String> properties() {
        return properties;
    }

    /** The embedded sandbox, or empty when a tenant is used. */
    public Optional<OktaSandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
