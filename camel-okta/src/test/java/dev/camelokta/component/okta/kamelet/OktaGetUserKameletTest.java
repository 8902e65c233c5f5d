package dev.camelokta.component.okta.kamelet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OktaGetUserKameletTest extends OktaKameletTestSupport {

    private static final String USER_HEADER = "CamelOktaUserId";

    @Test
    void readsTheUserNamedInTheBody() throws Exception {
        stubUser("00u1ada", "Ada");

        JsonNode out = call("direct:get-user", "{\"user_id\": \"00u1ada\"}");

        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada"))
                .withHeader("Authorization", equalTo(AUTHORIZATION)));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("user").path("id").asText()).isEqualTo("00u1ada");
        assertThat(out.path("user").path("profile").path("firstName").asText()).isEqualTo("Ada");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void readsTheUserOfTheHeaderWhenTheBodyIsEmpty(String emptyBody) throws Exception {
        stubUser("00u1ada", "Ada");

        JsonNode out = call("direct:get-user", emptyBody, Map.of(USER_HEADER, "00u1ada"));

        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada")));
        assertThat(out.path("user").path("id").asText()).isEqualTo("00u1ada");
    }

    @Test
    void theBodyWinsOverAHeaderLeftByAnEarlierStep() throws Exception {
        stubUser("00u1ada", "Ada");

        // as bytes, the way HTTP and messaging endpoints deliver it
        byte[] body = "{\"user_id\": \"00u1ada\"}".getBytes(StandardCharsets.UTF_8);
        call("direct:get-user", body, Map.of(USER_HEADER, "00u9stale"));

        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada")));
        OKTA.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/users/00u9stale")));
    }

    @Test
    void readsTheUserThatTheCreateUserActionJustCreated() throws Exception {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users"))
                .willReturn(okJson(OktaUserJson.user("00u1ada", "PROVISIONED", "Ada", "Lovelace", "ada@example.com"))));
        stubUser("00u1ada", "Ada");

        JsonNode out = call("direct:create-then-get-user", """
                {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "login": "ada@example.com"}
                """);

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users")));
        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada")));
        assertThat(out.path("user").path("status").asText()).as("the get's answer, not the create's")
                .isEqualTo("ACTIVE");
    }

    @Test
    void reportsAnUnknownUserInTheJson() throws Exception {
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/users/00u0nobody")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"errorCode": "E0000007", "errorSummary": "Not found: Resource not found: 00u0nobody (User)",
                         "errorId": "oae2", "errorCauses": []}
                        """)));

        JsonNode out = call("direct:get-user", "{\"user_id\": \"00u0nobody\"}");

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("Not found");
        assertThat(out.path("user").isNull()).isTrue();
    }

    private static void stubUser(String id, String firstName) {
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/users/" + id))
                .willReturn(okJson(OktaUserJson.user(id, "ACTIVE", firstName, "Lovelace", "ada@example.com"))));
    }
}
