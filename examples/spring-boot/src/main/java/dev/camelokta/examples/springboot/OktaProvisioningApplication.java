package dev.camelokta.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Provisions the users of a users file into an Okta org, then stops. The org and the token come from
 * application.properties (camel.component.okta.*); the routes are in {@link ProvisioningRoutes}, run once by
 * {@link ProvisionAtStartup} while the application starts.
 *
 * <p>It stops because the work is done, not after a time of idleness: Camel Main's idle watcher
 * (camel.main.duration-max-idle-seconds) is a non-daemon thread that a failed start leaves running in Camel 4.17, which
 * kept the JVM alive after a start that had failed.
 */
@SpringBootApplication
public class OktaProvisioningApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(OktaProvisioningApplication.class, args)));
    }
}
