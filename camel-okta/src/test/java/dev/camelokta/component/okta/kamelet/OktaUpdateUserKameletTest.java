package dev.camelokta.component.okta.kamelet;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OktaUpdateUserKameletTest extends OktaKameletTestSupport {

    private static final String NEW_NAME = "{\"user_id\": \"00u1ada\", \"last_name\": \"King\"}";

    @Test
    void sendsOnlyTheGivenFieldsAndReturnsTheUpdatedUser() throws Exception {
        stubUpdate("00u1ada");

        JsonNode out = call("direct:update-user", NEW_NAME);

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada"))
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withRequestBody(equalToJson("{\"profile\": {\"lastName\": \"King\"}}")));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("user").path("profile").path("lastName").asText()).isEqualTo("King");
    }

    @Test
    void updatesTheUserOfTheBodyNotOfAHeaderLeftByAnEarlierStep() throws Exception {
        stubUpdate("00u1ada");

        call("direct:update-user", NEW_NAME, Map.of("CamelOktaUserId", "00u9stale"));

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada")));
        OKTA.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/users/00u9stale")));
    }

    @Test
    void reportsABodyWithNothingToChangeWithoutCallingOkta() throws Exception {
        JsonNode out = call("direct:update-user", "{\"user_id\": \"00u1ada\"}");

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("Nothing to change");
        assertThat(OKTA.getAllServeEvents()).isEmpty();
    }

    private static void stubUpdate(String id) {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users/" + id))
                .willReturn(okJson(OktaUserJson.user(id, "ACTIVE", "Ada", "King", "ada@example.com"))));
    }
}
