package dev.camelokta.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Provisions the users of a users file into an Okta org, then stops. The org and the token come from
 * application.properties (camel.component.okta.*); the routes are in {@link ProvisioningRoutes}.
 */
@SpringBootApplication
public class OktaProvisioningApplication {

    public static void main(String[] args) {
        SpringApplication.run(OktaProvisioningApplication.class, args);
    }
}
