package dev.camelokta.component.okta.lifecycle;

import java.util.Map;

import dev.camelokta.component.okta.OktaComponent;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaDeleteUserResult;
import dev.camelokta.sandbox.OktaSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's leavers routes, Java DSL and YAML DSL, against the sandbox, with the component configured once.
 */
class LeaversRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final OktaSandboxExtension SANDBOX = new OktaSandboxExtension();

    /** The README's YAML example. */
    private static final String YAML = """
            - route:
                from:
                  uri: direct:leaver
                  steps:
                    - setHeader:
                        name: CamelOktaDeactivate
                        constant: "true"
                    - to:
                        uri: okta:deleteUser
                    - log: "deleted ${header.CamelOktaUserId}: ${body}"
            """;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        OktaComponent okta = new OktaComponent();
        okta.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        okta.getConfiguration().setApiToken(SANDBOX.apiToken());
        context.addComponent("okta", okta);
        return context;
    }

    @Test
    void theJavaLeaversRouteDeactivatesAndClearsSessionsTwiceWithoutAFailure() throws Exception {
        SANDBOX.sandbox().createUser(Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com",
                "login", "ada@example.com"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leavers")
                        .split(body().tokenize("\n")).streaming()
                            .setHeader(OktaConstants.USER_ID, body())
                            .to("okta:deactivateUser")
                            .to("okta:clearUserSessions")
                            .to("mock:leavers");
            }
        });

        template.sendBody("direct:leavers", "ada@example.com");
        template.sendBody("direct:leavers", "ada@example.com");

        assertThat(getMockEndpoint("mock:leavers").getExchanges()).hasSize(2).allSatisfy(exchange -> {
            assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(true);
            assertThat(exchange.getMessage().getHeader(OktaConstants.USER_STATUS)).isEqualTo("DEPROVISIONED");
        });
    }

    @Test
    void theYamlLeaverRouteDeactivatesAndDeletes() throws Exception {
        String id = SANDBOX.sandbox().createUser(Map.of("firstName", "Ada", "lastName", "Lovelace",
                "email", "ada@example.com", "login", "ada@example.com")).id();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("leaver.yaml", YAML));

        Exchange exchange = template.request("direct:leaver", e -> e.getMessage().setBody("ada@example.com"));

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).isDeleted()).isTrue();
        assertThat(SANDBOX.sandbox().findUser(id)).isEmpty();
    }
}
