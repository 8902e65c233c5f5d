package dev.camelokta.component.okta.kamelet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The add-to-group and remove-from-group Kamelets: the same input, one PUT or DELETE of the membership. Each subclass
 * names its route and its HTTP method.
 */
abstract class OktaMembershipKameletTestSupport extends OktaKameletTestSupport {

    static final String GROUP = "00g1eng2345678901234";
    static final String MEMBERSHIP = "/api/v1/groups/" + GROUP + "/users/00u1ada";

    /** e.g. direct:add-user-to-group */
    abstract String route();

    /** The membership request, e.g. WireMock.put(url) */
    abstract MappingBuilder membership(UrlPattern url);

    abstract RequestPatternBuilder membershipRequested(UrlPattern url);

    @Test
    void changesTheMembershipNamedInTheBodyAndReturnsTheIds() throws Exception {
        stubUser("00u1ada");
        OKTA.stubFor(membership(urlPathEqualTo(MEMBERSHIP)).willReturn(aResponse().withStatus(204)));

        JsonNode out = call(route(), "{\"group_id\": \"" + GROUP + "\", \"user_id\": \"00u1ada\"}");

        OKTA.verify(1, membershipRequested(urlPathEqualTo(MEMBERSHIP))
                .withHeader("Authorization", equalTo(AUTHORIZATION)));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("error").isNull()).isTrue();
        assertThat(out.path("group_id").asText()).isEqualTo(GROUP);
        assertThat(out.path("user_id").asText()).isEqualTo("00u1ada");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void takesTheGroupAndTheUserFromTheHeadersWhenTheBodyIsEmpty(String emptyBody) throws Exception {
        stubUser("00u1ada");
        OKTA.stubFor(membership(urlPathEqualTo(MEMBERSHIP)).willReturn(aResponse().withStatus(204)));

        JsonNode out = call(route(), emptyBody, Map.of("CamelOktaGroupId", GROUP, "CamelOktaUserId", "00u1ada"));

        OKTA.verify(1, membershipRequested(urlPathEqualTo(MEMBERSHIP)));
        assertThat(out.path("success").asBoolean()).isTrue();
    }

    @Test
    void theBodyWinsOverHeadersLeftByAnEarlierStep() throws Exception {
        stubUser("00u1ada");
        stubUser("00u9stale");
        OKTA.stubFor(membership(urlPathMatching("/api/v1/groups/.*/users/.*")).willReturn(aResponse().withStatus(204)));

        // as bytes, the way HTTP and messaging endpoints deliver it
        byte[] body = ("{\"group_id\": \"" + GROUP + "\", \"user_id\": \"00u1ada\"}").getBytes(StandardCharsets.UTF_8);
        call(route(), body, Map.of("CamelOktaGroupId", "00g9stale00000000000", "CamelOktaUserId", "00u9stale"));

        OKTA.verify(1, membershipRequested(urlPathEqualTo(MEMBERSHIP)));
        OKTA.verify(1, membershipRequested(urlPathMatching("/api/v1/groups/.*/users/.*")));
    }

    @Test
    void reportsAnUnknownGroupInTheJson() throws Exception {
        stubUser("00u1ada");
        OKTA.stubFor(membership(urlPathEqualTo(MEMBERSHIP)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"errorCode": "E0000007", "errorSummary": "Not found: Resource not found: %s (UserGroup)",
                         "errorId": "oae3", "errorCauses": []}
                        """.formatted(GROUP))));

        JsonNode out = call(route(), "{\"group_id\": \"" + GROUP + "\", \"user_id\": \"00u1ada\"}");

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("Not found").contains("UserGroup");
    }

    @Test
    void reportsAMissingGroupWithoutCallingOkta() throws Exception {
        JsonNode out = call(route(), "{\"user_id\": \"00u1ada\"}");

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("group_id");
        assertThat(OKTA.getAllServeEvents()).isEmpty();
    }

    private static void stubUser(String id) {
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/users/" + id))
                .willReturn(okJson(OktaUserJson.user(id, "ACTIVE", "Ada", "Lovelace", "ada@example.com"))));
    }
}
