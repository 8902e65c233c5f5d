package dev.camelokta.examples.springboot;

import java.util.List;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static dev.camelokta.component.okta.logging.LogValues.safe;

/**
 * Reads the users file (a JSON array of createUser parameters, in the card's snake_case keys) and creates each user
 * with okta:createUser, logging what Okta answered. A user Okta refuses is logged and skipped, so one bad entry does
 * not stop the others. What the file or Okta says reaches the log escaped and cut to a bounded length.
 */
@Component
public class ProvisioningRoutes extends RouteBuilder {

    public static final String PROVISION_USERS = "direct:provision-users";

    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningRoutes.class);

    @Override
    public void configure() {
        from(PROVISION_USERS)
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
                .process(ProvisioningRoutes::logOutcome);
    }

    private static void logOutcome(Exchange exchange) {
        OktaUserResult result = exchange.getMessage().getBody(OktaUserResult.class);
        if (result.isSuccess()) {
            OktaUser user = result.getUser();
            LOG.info("Created {} as {} ({})", safe(user.getProfile().get("login")),
                    safe(exchange.getMessage().getHeader(OktaConstants.USER_ID)), safe(user.getStatus()));
        } else {
            LOG.warn("Okta refused a user: {}", safe(result.getError()));
        }
    }
}
