package dev.camelokta.component.okta.kamelet;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelokta.component.okta.OktaEndpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A Kamelet needs only what the okta component does not already have: subdomain or baseUrl suffices, and what the
 * Kamelet is not given comes from camel.component.okta.*, in a Camel Main application. When neither gives it, the
 * component's own refusal names the option.
 */
class OktaKameletComponentOptionsTest {

    private static final String API_TOKEN = "00kamelet-component-token";
    private static final String ADA = """
            {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "login": "ada@example.com"}
            """;

    @RegisterExtension
    static final WireMockExtension OKTA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final Main main = new Main();

    @AfterEach
    void stopMain() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), main::stop, "Camel Main stops in bounded time");
    }

    @Test
    void aBaseUrlWithoutSubdomainIsEnough() {
        givenOktaHasAda();
        start(Map.of(), "kamelet:okta-get-user-action?baseUrl=" + baseUrl() + "&apiToken=" + API_TOKEN);

        assertThat(call("direct:kamelet", "{\"user_id\": \"00u1ada\"}")).startsWith("{\"success\":true");
        OKTA.verify(1, getRequestedFor(urlEqualTo("/api/v1/users/00u1ada"))
                .withHeader("Authorization", equalTo("SSWS " + API_TOKEN)));
    }

    @Test
    void theComponentsBaseUrlAndTokenServeAKameletGivenNeither() {
        givenOktaHasAda();
        start(Map.of("camel.component.okta.base-url", baseUrl(), "camel.component.okta.api-token", API_TOKEN),
                "kamelet:okta-get-user-action");

        assertThat(call("direct:kamelet", "{\"user_id\": \"00u1ada\"}")).startsWith("{\"success\":true");
        OKTA.verify(1, getRequestedFor(urlEqualTo("/api/v1/users/00u1ada"))
                .withHeader("Authorization", equalTo("SSWS " + API_TOKEN)));
    }

    /** Kamelet parameters may come from camel.kamelet.NAME.* properties too; the token is read from them as well. */
    @Test
    void theKameletsParametersMayBeProperties() {
        givenOktaHasAda();
        start(Map.of("camel.kamelet.okta-get-user-action.baseUrl", baseUrl(),
                "camel.kamelet.okta-get-user-action.apiToken", API_TOKEN), "kamelet:okta-get-user-action");

        assertThat(call("direct:kamelet", "{\"user_id\": \"00u1ada\"}")).startsWith("{\"success\":true");
        OKTA.verify(1, getRequestedFor(urlEqualTo("/api/v1/users/00u1ada"))
                .withHeader("Authorization", equalTo("SSWS " + API_TOKEN)));
    }

    @Test
    void theComponentsSubdomainAndTokenServeAKameletGivenNeither() {
        start(Map.of("camel.component.okta.subdomain", "acme", "camel.component.okta.api-token", API_TOKEN),
                "kamelet:okta-list-user-types-action");

        OktaEndpoint okta = main.getCamelContext().getEndpoints().stream()
                .filter(OktaEndpoint.class::isInstance).map(OktaEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(okta.getServiceUrl()).isEqualTo("https://acme.okta.com");
        assertThat(okta.getConfiguration().getApiToken()).isEqualTo(API_TOKEN);
    }

    @Test
    void theComponentsActivateServesTheCreateKameletGivenNone() {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users"))
                .willReturn(okJson(OktaUserJson.user("00u1ada", "STAGED", "Ada", "Lovelace", "ada@example.com"))));
        start(Map.of("camel.component.okta.base-url", baseUrl(), "camel.component.okta.api-token", API_TOKEN,
                "camel.component.okta.activate", "false"), "kamelet:okta-create-user-action");

        assertThat(call("direct:kamelet", ADA)).startsWith("{\"success\":true");
        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users")).withQueryParam("activate", equalTo("false")));
    }

    @Test
    void withoutATokenAnywhereTheComponentsRefusalNamesIt() {
        Throwable failure = startFails(Map.of("camel.component.okta.subdomain", "acme"), "kamelet:okta-get-user-action");

        assertThat(rootCause(failure)).hasMessageStartingWith("The okta endpoint needs the option apiToken");
    }

    @Test
    void withoutAnOrgAnywhereTheComponentsRefusalNamesIt() {
        Throwable failure = startFails(Map.of("camel.component.okta.api-token", API_TOKEN), "kamelet:okta-get-user-action");

        assertThat(rootCause(failure))
                .hasMessageStartingWith("The okta endpoint needs the option subdomain (e.g. subdomain=acme for "
                                        + "https://acme.okta.com) or baseUrl");
    }

    private static void givenOktaHasAda() {
        OKTA.stubFor(get(urlEqualTo("/api/v1/users/00u1ada"))
                .willReturn(okJson(OktaUserJson.user("00u1ada", "ACTIVE", "Ada", "Lovelace", "ada@example.com"))));
    }

    private void start(Map<String, String> properties, String kameletUri) {
        configure(properties, kameletUri);
        assertTimeoutPreemptively(Duration.ofSeconds(20), main::start, "Camel Main starts in bounded time");
    }

    private Throwable startFails(Map<String, String> properties, String kameletUri) {
        configure(properties, kameletUri);
        Throwable failure = catchThrowable(() -> assertTimeoutPreemptively(Duration.ofSeconds(20), main::start));
        assertThat(failure).as("Camel Main refuses to start").isNotNull();
        return failure;
    }

    private void configure(Map<String, String> properties, String kameletUri) {
        properties.forEach(main::addInitialProperty);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:kamelet").to(kameletUri);
            }
        });
    }

    private String call(String uri, String body) {
        return main.getCamelContext().createProducerTemplate().requestBody(uri, body, String.class);
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + OKTA.getPort();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
