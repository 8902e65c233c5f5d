package dev.camelokta.examples.springboot;

import java.util.List;

import dev.camelokta.component.okta.OktaConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Once, at startup: reads the users file (a JSON array of createUser parameters, in the card's snake_case keys) and
 * creates each user with okta:createUser, logging what Okta answered. A user Okta refuses is logged and skipped, so
 * one bad entry does not stop the others.
 */
@Component
public class ProvisioningRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:provision-users?repeatCount=1")
                .routeId("provision-users")
                .to("language:constant:resource:{{provisioning.users-file}}")
                .unmarshal().json(JsonLibrary.Jackson, List.class)
                .log("Provisioning ${body.size()} users")
                .split(body())
                    .to("direct:provision-user")
                .end()
                .log("Provisioning done");

        // okta:createUser takes one user's parameters as a Map, puts an OktaUserResult in the body and its outcome in
        // the CamelOkta* headers
        from("direct:provision-user")
                .routeId("provision-user")
                .to("okta:createUser")
                .choice()
                    .when(header(OktaConstants.SUCCESS))
                        .log("Created ${body.user.profile[login]} as ${header.CamelOktaUserId} (${body.user.status})")
                    .otherwise()
                        .log(LoggingLevel.WARN, "Okta refused a user: ${body.error}");
    }
}
