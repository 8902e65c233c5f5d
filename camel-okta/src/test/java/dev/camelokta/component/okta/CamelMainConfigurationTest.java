package dev.camelokta.component.okta;

import java.time.Duration;

import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Camel Main binds {@code camel.component.okta.*} properties through the generated configurer, and a route configured
 * only by them calls Okta.
 */
class CamelMainConfigurationTest extends OktaTestSupport {

    private static final String SPECIAL_TOKEN = "tok+en&with=chars";

    private final Main main = new Main();

    @AfterEach
    void stopMain() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), main::stop, "Camel Main stops in bounded time");
    }

    @Test
    void bindsTheComponentPropertiesAndCallsOkta() throws Exception {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        main.addInitialProperty("camel.component.okta.subdomain", "acme");
        main.addInitialProperty("camel.component.okta.api-token", SPECIAL_TOKEN);
        main.addInitialProperty("camel.component.okta.base-url", baseUrl());
        main.addInitialProperty("camel.component.okta.max-concurrent-requests", "3");
        main.addInitialProperty("camel.component.okta.activate", "false");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create-user").to("okta:createUser");
            }
        });

        assertTimeoutPreemptively(Duration.ofSeconds(20), main::start, "Camel Main starts in bounded time");

        OktaComponent component = main.getCamelContext().getComponent("okta", OktaComponent.class);
        assertThat(component.getConfiguration().getSubdomain()).isEqualTo("acme");
        assertThat(component.getConfiguration().getApiToken()).isEqualTo(SPECIAL_TOKEN);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(baseUrl());
        assertThat(component.getMaxConcurrentRequests()).isEqualTo(3);
        ProducerTemplate producer = main.getCamelContext().createProducerTemplate();
        OktaUserResult result = producer.requestBodyAndHeaders("direct:create-user", null, CREATE_ISAAC, OktaUserResult.class);
        assertThat(result.isSuccess()).isTrue();
        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users?activate=false"))
                .withHeader("Authorization", equalTo("SSWS " + SPECIAL_TOKEN)));
    }
}
