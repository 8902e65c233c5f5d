package dev.camelokta.component.okta.kamelet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class OktaDeactivateUserKameletTest extends OktaKameletTestSupport {

    private static final String USER_HEADER = "CamelOktaUserId";
    private static final String DEACTIVATE = "/api/v1/users/00u1ada/lifecycle/deactivate";

    @Test
    void deactivatesTheUserNamedInTheBodyAndReturnsItDeprovisioned() throws Exception {
        stubActiveUserThatDeactivates("00u1ada");

        JsonNode out = call("direct:deactivate-user", "{\"user_id\": \"00u1ada\"}");

        OKTA.verify(1, postRequestedFor(urlEqualTo(DEACTIVATE + "?sendEmail=false"))
                .withHeader("Authorization", equalTo(AUTHORIZATION)));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("error").isNull()).isTrue();
        assertThat(out.path("user").path("id").asText()).isEqualTo("00u1ada");
        assertThat(out.path("user").path("status").asText()).isEqualTo("DEPROVISIONED");
    }

    @Test
    void passesSendEmailFromTheBody() throws Exception {
        stubActiveUserThatDeactivates("00u1ada");

        call("direct:deactivate-user", "{\"user_id\": \"00u1ada\", \"send_email\": true}");

        OKTA.verify(1, postRequestedFor(urlEqualTo(DEACTIVATE + "?sendEmail=true")));
    }

    @Test
    void takesAPlainTextBodyAsTheUserId() throws Exception {
        stubActiveUserThatDeactivates("00u1ada");

        JsonNode out = call("direct:deactivate-user", "00u1ada");

        OKTA.verify(1, postRequestedFor(urlPathEqualTo(DEACTIVATE)));
        assertThat(out.path("success").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void deactivatesTheUserOfTheHeaderWhenTheBodyIsEmpty(String emptyBody) throws Exception {
        stubActiveUserThatDeactivates("00u1ada");

        JsonNode out = call("direct:deactivate-user", emptyBody, Map.of(USER_HEADER, "00u1ada"));

        OKTA.verify(1, postRequestedFor(urlPathEqualTo(DEACTIVATE)));
        assertThat(out.path("user").path("status").asText()).isEqualTo("DEPROVISIONED");
    }

    @Test
    void theBodyWinsOverAHeaderLeftByAnEarlierStep() throws Exception {
        stubActiveUserThatDeactivates("00u1ada");
        stubActiveUserThatDeactivates("00u9stale");

        // as bytes, the way HTTP and messaging endpoints deliver it
        byte[] body = "{\"user_id\": \"00u1ada\"}".getBytes(StandardCharsets.UTF_8);
        call("direct:deactivate-user", body, Map.of(USER_HEADER, "00u9stale"));

        OKTA.verify(1, postRequestedFor(urlPathEqualTo(DEACTIVATE)));
        OKTA.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/users/00u9stale/lifecycle/deactivate")));
    }

    /** A leavers file run twice: the second run is a success, not a report of failures. */
    @Test
    void aUserDeprovisionedAlreadyIsASuccessWithoutADeactivation() throws Exception {
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/users/00u1ada"))
                .willReturn(okJson(OktaUserJson.user("00u1ada", "DEPROVISIONED", "Ada", "Lovelace", "ada@example.com"))));

        JsonNode out = call("direct:deactivate-user", "{\"user_id\": \"00u1ada\"}");

        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("user").path("status").asText()).isEqualTo("DEPROVISIONED");
        OKTA.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void reportsAnUnknownUserInTheJsonWithoutADeactivation() throws Exception {
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/users/00u0nobody")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"errorCode": "E0000007", "errorSummary": "Not found: Resource not found: 00u0nobody (User)",
                         "errorId": "oae2", "errorCauses": []}
                        """)));

        JsonNode out = call("direct:deactivate-user", "{\"user_id\": \"00u0nobody\"}");

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("Not found");
        assertThat(out.path("user").isNull()).isTrue();
        OKTA.verify(0, postRequestedFor(anyUrl()));
    }

    /** Okta's state as a WireMock scenario: ACTIVE until the deactivation, DEPROVISIONED after it. */
    private static void stubActiveUserThatDeactivates(String id) {
        String user = "/api/v1/users/" + id;
        String scenario = "deactivate " + id;
        OKTA.stubFor(get(urlPathEqualTo(user)).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(okJson(OktaUserJson.user(id, "ACTIVE", "Ada", "Lovelace", "ada@example.com"))));
        OKTA.stubFor(post(urlPathEqualTo(user + "/lifecycle/deactivate")).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willSetStateTo("deactivated").willReturn(okJson("{}")));
        OKTA.stubFor(get(urlPathEqualTo(user)).inScenario(scenario).whenScenarioStateIs("deactivated")
                .willReturn(okJson(OktaUserJson.user(id, "DEPROVISIONED", "Ada", "Lovelace", "ada@example.com"))));
    }
}
