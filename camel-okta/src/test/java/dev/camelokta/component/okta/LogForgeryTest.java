package dev.camelokta.component.okta;

import java.util.List;
import java.util.Map;

import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A user id is input: a CR or LF in it reaches the log lines that name the request escaped, so it can never start a
 * line of its own that looks like the application's.
 */
class LogForgeryTest extends OktaTestSupport {

    private static final String FORGED = "FAKE LOG LINE";
    private static final String HOSTILE_ID = "00u1\r\n" + FORGED;

    @Test
    void aCrOrLfInTheUserIdNeverStartsALogLine() throws Exception {
        // Okta does not echo the id here: only the component's own lines are under test
        givenOkta(any(urlPathMatching("/api/v1/users/.*")), oktaJson(404, "error-404-not-found.json"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get-user-or-fail").to(oktaUri("getUser", "throwExceptionOnFailure=true", "maxRetries=0"));
            }
        });

        List<String> lines;
        try (LogCapture capture = LogCapture.open().at(Level.DEBUG, "dev.camelokta").at(Level.INFO, "org.apache.camel")) {
            call(oktaUri("getUser"), null, Map.of(OktaConstants.USER_ID, HOSTILE_ID));
            call(oktaUri("updateUser"), Map.of("user_id", HOSTILE_ID, "last_name", "King"));
            call("direct:get-user-or-fail", HOSTILE_ID);
            call(endpointUri(closedPortUrl(), "getUser", "RAW(" + TOKEN + ")", "maxRetries=1", "connectTimeout=200"),
                    HOSTILE_ID);
            lines = capture.lines();
        }

        assertThat(String.join("\n", lines)).as("the capture saw the calls, with the id escaped")
                .contains("Okta GET /api/v1/users/00u1\\r\\n" + FORGED + " -> 404",
                        "Okta POST /api/v1/users/00u1\\r\\n" + FORGED + " -> 404");
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .doesNotContain("\n" + FORGED)
                .doesNotContain("\r" + FORGED));
    }

    /**
     * The refusal of a connection option quotes the value: escaped, as Camel logs the refusal when a route fails. (Camel
     * drops a CR or LF from an endpoint URI; a value set on the component, from a properties file, keeps it.)
     */
    @Test
    void aCrOrLfInTheSubdomainIsEscapedInItsRefusal() {
        component().getConfiguration().setSubdomain(HOSTILE_ID);

        assertRefusalEscapesTheValue("Invalid option subdomain '00u1\\r\\n" + FORGED + "'");
    }

    @Test
    void aCrOrLfInTheBaseUrlIsEscapedInItsRefusal() {
        component().getConfiguration().setBaseUrl("https://acme.okta.com/" + HOSTILE_ID);

        assertRefusalEscapesTheValue("Invalid option baseUrl 'https://acme.okta.com/00u1\\r\\n" + FORGED + "'");
    }

    private void assertRefusalEscapesTheValue(String quoted) {
        Throwable refusal = catchThrowable(() -> context.getEndpoint("okta:getUser?apiToken=RAW(" + TOKEN + ")"));

        assertThat(refusal).hasMessageContaining(quoted);
        assertThat(refusal.getMessage()).doesNotContain("\n" + FORGED).doesNotContain("\r" + FORGED);
    }

    private OktaComponent component() {
        return context.getComponent("okta", OktaComponent.class);
    }
}
