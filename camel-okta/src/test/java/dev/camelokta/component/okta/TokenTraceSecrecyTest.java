package dev.camelokta.component.okta;

import java.time.Duration;
import java.util.Map;

import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * For each way of giving the token, a Camel Main application starts, reads one user and stops while every logger
 * (the root, dev.camelokta, org.apache.camel, org.apache.hc) is captured at TRACE: no line shows the token, and Okta
 * receives it. Camel prints at DEBUG and TRACE what its placeholders resolve, the endpoint URIs it creates and every
 * camel.* property, whatever their names; so the token reaches the component as a name it reads itself.
 */
class TokenTraceSecrecyTest extends OktaTestSupport {

    /** Set as OKTA_TEST_API_TOKEN by surefire (camel-okta/pom.xml). */
    private static final String ENV_TOKEN = "00EnvTokenOfTheTests-q8Zr2Lw9Vb4Nc1Md8PfXy";
    /** In secrecy/token-in-properties.properties. */
    private static final String PROPERTIES_TOKEN = "00PropertiesFileToken-Hv3Ws8Kd1Qp6Zm2Xr5Tn";
    private static final String USER_ID = "00ub0oNGTSWTBKOLGLNR";

    @BeforeEach
    void oktaKnowsTheUser() {
        givenOkta(get(urlEqualTo("/api/v1/users/" + USER_ID)), oktaJson(200, "user.json"));
    }

    @Test
    void theTokenInApplicationPropertiesNamedByTheComponentOption() {
        String logs = logsOfAMainRun("classpath:secrecy/token-in-properties.properties", Map.of(), "okta:getUser");

        assertThat(logs).doesNotContain(PROPERTIES_TOKEN);
        assertOktaReceived(PROPERTIES_TOKEN);
    }

    @Test
    void theTokenInAnEnvironmentVariableNamedByTheComponentOption() {
        String logs = logsOfAMainRun("classpath:secrecy/token-in-environment.properties", Map.of(), "okta:getUser");

        assertThat(logs).doesNotContain(ENV_TOKEN);
        assertOktaReceived(ENV_TOKEN);
    }

    /** What needed RAW(...) in a URI (a token with + or &) needs nothing: the URI holds only the property's name. */
    @Test
    void theTokenNamedInAnEndpointUri() {
        String token = "00tok+en&with=chars-Pf7Yx2Wq9";

        String logs = logsOfAMainRun(null, Map.of("okta.api-token", token), "okta:getUser?apiToken=property:okta.api-token");

        assertThat(logs).doesNotContain(token).doesNotContain("00tok");
        assertOktaReceived(token);
    }

    @Test
    void theTokenNamedInAKameletParameter() {
        String logs = logsOfAMainRun(null, Map.of(),
                "kamelet:okta-get-user-action?subdomain=acme&baseUrl=" + baseUrl() + "&apiToken=env:OKTA_TEST_API_TOKEN");

        assertThat(logs).contains("kamelet").doesNotContain(ENV_TOKEN);
        assertOktaReceived(ENV_TOKEN);
    }

    /**
     * A token written into the Kamelet's URI is part of that URI, which Camel prints at TRACE as it creates the
     * endpoint (before any Kamelet or component code runs). The Kamelet hands it on unresolved: no placeholder
     * resolution, no okta: URI and no line at DEBUG or above shows it.
     */
    @Test
    void aTokenWrittenIntoAKameletUriShowsOnlyInCamelsTraceOfThatUri() {
        String token = "00KameletLiteralToken-Mf4Vz8Qc2Jr6";

        String logs = logsOfAMainRun(null, Map.of(),
                "kamelet:okta-get-user-action?subdomain=acme&baseUrl=" + baseUrl() + "&apiToken=RAW(" + token + ")");

        assertThat(logs.lines().filter(line -> line.contains(token)))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .startsWith("TRACE org.apache.camel.")
                        .containsPattern("kamelet:(//)?okta-get-user-action")
                        .doesNotContain("okta:getUser", "okta://getUser", "Found local property", "Resolved text"));
        assertOktaReceived(token);
    }

    /**
     * Starts a Camel Main application with the properties file (when not null) and initial properties, the stand-in
     * Okta as camel.component.okta.base-url and one route to the endpoint; calls it once for {@link #USER_ID}, stops.
     *
     * @return everything logged meanwhile, at TRACE
     */
    private String logsOfAMainRun(String propertiesLocation, Map<String, String> properties, String oktaUri) {
        Main main = new Main();
        if (propertiesLocation != null) {
            main.setPropertyPlaceholderLocations(propertiesLocation);
        }
        properties.forEach(main::addInitialProperty);
        main.addInitialProperty("camel.component.okta.base-url", baseUrl());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get-user").to(oktaUri);
            }
        });
        try (LogCapture capture = LogCapture.open()
                .at(Level.TRACE, "", "dev.camelokta", "org.apache.camel", "org.apache.hc")) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                main.start();
                try {
                    // the Kamelets give the result's JSON text; convert both the same way
                    String result = main.getCamelContext().createProducerTemplate()
                            .requestBody("direct:get-user", USER_ID, String.class);
                    assertThat(result).as("the call to Okta").startsWith("{\"success\":true");
                } finally {
                    main.stop();
                }
            }, "Camel Main starts, calls and stops in bounded time");
            String logs = capture.text();
            assertThat(logs).as("the capture saw Camel at TRACE, the call and HttpClient")
                    .contains("TRACE org.apache.camel", "Okta GET /api/v1/users/" + USER_ID + " -> 200",
                            "DEBUG org.apache.hc.client5");
            return logs;
        }
    }

    private static void assertOktaReceived(String token) {
        OKTA.verify(1, getRequestedFor(urlEqualTo("/api/v1/users/" + USER_ID))
                .withHeader("Authorization", equalTo("SSWS " + token)));
    }
}
