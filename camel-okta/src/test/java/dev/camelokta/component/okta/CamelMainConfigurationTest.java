package dev.camelokta.component.okta;

import java.time.Duration;

import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
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
    /** In secrecy/token-literal-on-the-component.properties. */
    private static final String LITERAL_TOKEN = "00LiteralComponentToken-Bj4Lm9Xw2Kc7Qv1Ds6Rz";
    private static final String PLACEHOLDER_TOKEN = "00PlaceholderToken-Gt5Nx8Vq3Lr7Wd2Ks9Hm";

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

    /**
     * Camel Main's INFO summaries print every property it bound and every placeholder it resolved, masking those whose
     * name Camel holds sensitive: the component makes apiToken one of them, by itself, keeping the application's own
     * sensitive keywords. (At DEBUG Camel Main prints camel.* values unmasked, whatever their names: see
     * TokenTraceSecrecyTest for the ways of giving the token that stay out of every line.)
     */
    @Test
    void theConfigurationSummariesMaskTheToken() throws Exception {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        main.setPropertyPlaceholderLocations("classpath:secrecy/token-literal-on-the-component.properties");
        main.addInitialProperty("camel.main.additional-sensitive-keywords", "bankcode");
        main.addInitialProperty("acme.bankcode", "00BankCode-Jq4");
        main.addInitialProperty("okta.api-token", PLACEHOLDER_TOKEN);
        main.addInitialProperty("camel.component.okta.base-url", baseUrl());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create-user").to("okta:createUser");
                from("direct:create-user-with-own-token").to("okta:createUser?apiToken=RAW({{okta.api-token}})")
                        .setHeader("bank", constant("{{acme.bankcode}}"));
            }
        });

        String summaries;
        try (LogCapture capture = LogCapture.open().at(Level.INFO, "", "dev.camelokta", "org.apache.camel", "org.apache.hc")) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), main::start, "Camel Main starts in bounded time");
            summaries = capture.text();
        }

        assertThat(summaries).as("the summaries were logged")
                .contains("Auto-configuration summary", "camel.component.okta.apiToken = xxxxxx",
                        "Property-placeholders summary", "okta.api-token = xxxxxx", "acme.bankcode = xxxxxx")
                .doesNotContain(LITERAL_TOKEN).doesNotContain(PLACEHOLDER_TOKEN).doesNotContain("00BankCode");
        ProducerTemplate producer = main.getCamelContext().createProducerTemplate();
        assertThat(producer.requestBodyAndHeaders("direct:create-user", null, CREATE_ISAAC, OktaUserResult.class).isSuccess())
                .isTrue();
        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withHeader("Authorization", equalTo("SSWS " + LITERAL_TOKEN)));
    }
}
