package dev.camelokta.component.okta;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelokta.component.okta.model.OktaGroupResult;
import dev.camelokta.component.okta.model.OktaMembershipResult;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact requests of getGroup, createGroup, addUserToGroup and removeUserFromGroup, the group name lookup, and
 * createGroup after a lost answer, against a stand-in Okta.
 */
class GroupOperationsTest extends OktaTestSupport {

    private static final String WEST_ID = "00g1emaKYZTWRYYRRTSK";
    private static final String WEST = "/api/v1/groups/" + WEST_ID;
    private static final String WEST_NAME = "West Coast users";
    private static final String WEST_DESCRIPTION = "All users West of The Rockies";
    private static final String ISAAC_ID = "00ub0oNGTSWTBKOLGLNR";
    private static final String ISAAC_LOGIN = "isaac.brock@example.com";
    private static final String ISAAC_BY_LOGIN = "/api/v1/users/isaac.brock%40example.com";
    private static final String NAME_SEARCH = "profile.name eq \"West Coast users\"";

    // getGroup

    @Test
    void getGroupByIdIsOneGetOfThatId() {
        givenOkta(get(urlEqualTo(WEST)), oktaJson(200, "group.json"));

        Exchange exchange = call(oktaUri("getGroup", "maxRetries=0"), WEST_ID);

        OktaGroupResult result = groupResult(exchange);
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.getGroup().getId()).isEqualTo(WEST_ID);
        assertThat(result.getGroup().getType()).isEqualTo("OKTA_GROUP");
        assertThat(result.getGroup().getLastMembershipUpdated()).isEqualTo("2015-11-28T19:15:32.000Z");
        assertThat(result.getGroup().getProfile()).containsEntry("name", WEST_NAME).containsEntry("description", WEST_DESCRIPTION);
        assertThat(result.toString()).doesNotContain("_links").contains("\"objectClass\":[\"okta:user_group\"]"); // one group model with the lists
        assertThat(exchange.getMessage().getHeader(OktaConstants.GROUP_ID)).isEqualTo(WEST_ID);
        OKTA.verify(1, withOktaHeaders(getRequestedFor(urlEqualTo(WEST))));
        assertThat(oktaCallCount()).isEqualTo(1);
    }

    @Test
    void getGroupByNameIsOneSearchOnTheExactName() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-one.json"));

        Exchange exchange = call(oktaUri("getGroup", "maxRetries=0"), Map.of("group_id", WEST_NAME));

        assertThat(groupResult(exchange).getGroup().getId()).isEqualTo(WEST_ID);
        OKTA.verify(1, withOktaHeaders(getRequestedFor(urlPathEqualTo("/api/v1/groups"))
                .withQueryParam("search", equalTo(NAME_SEARCH))));
        assertThat(oktaCallCount()).isEqualTo(1);
    }

    @Test
    void aNameSeveralGroupsHaveIsAFailureListingThem() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-two.json"));

        OktaGroupResult result = groupResult(call(oktaUri("getGroup", "maxRetries=0"), Map.of("group_id", WEST_NAME)));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).isEqualTo("Several Okta groups are named 'West Coast users' (00g1emaKYZTWRYYRRTSK "
                                                + "(OKTA_GROUP), 00gak46y5hydV6NdM0g4 (APP_GROUP)): give the group id instead");
    }

    @Test
    void aNameNoGroupHasIsAFailureNamingIt() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaAnswer(200).withBody("[]"));

        OktaGroupResult result = groupResult(call(oktaUri("getGroup", "maxRetries=0"), "Nobody's group"));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("No Okta group is named 'Nobody's group': give the group id (00g...)");
    }

    @Test
    void aSearchHitWhoseNameIsOnlySimilarIsNotTaken() {
        // Okta's eq ignores case; anything else it might answer is not the group asked for
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-one.json"));

        OktaGroupResult result = groupResult(call(oktaUri("getGroup", "maxRetries=0"), "West Coast"));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("No Okta group is named 'West Coast'");
    }

    @Test
    void anUnknownGroupIdIsOktasNotFound() {
        givenOkta(get(urlEqualTo(WEST)), oktaJson(404, "error-404-group-not-found.json"));

        Exchange exchange = call(oktaUri("getGroup", "maxRetries=0"), null, Map.of(OktaConstants.GROUP_ID, WEST_ID));

        assertThat(groupResult(exchange).getError())
                .isEqualTo("HTTP 404 E0000007 Not found: Resource not found: 00g1emaKYZTWRYYRRTSK (UserGroup)");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ERROR_CODE)).isEqualTo("E0000007");
    }

    // createGroup

    @Test
    void createGroupPostsTheNameAndTheDescription() {
        givenOkta(post(urlEqualTo("/api/v1/groups")), oktaJson(200, "group.json"));

        Exchange exchange = call(oktaUri("createGroup", "maxRetries=0"),
                Map.of("name", WEST_NAME, "description", WEST_DESCRIPTION));

        assertThat(groupResult(exchange).getGroup().getId()).isEqualTo(WEST_ID);
        assertThat(exchange.getMessage().getHeader(OktaConstants.GROUP_ID)).isEqualTo(WEST_ID);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isNull();
        OKTA.verify(1, withOktaHeaders(postRequestedFor(urlEqualTo("/api/v1/groups")))
                .withHeader("Content-Type", matching("application/json(;.*)?"))
                .withRequestBody(equalToJson("{\"profile\": {\"name\": \"West Coast users\", "
                                             + "\"description\": \"All users West of The Rockies\"}}")));
    }

    @Test
    void createGroupWithoutADescriptionSendsNone() {
        givenOkta(post(urlEqualTo("/api/v1/groups")), oktaJson(200, "group.json"));

        call(oktaUri("createGroup", "maxRetries=0"), null, Map.of(OktaConstants.NAME, WEST_NAME));

        OKTA.verify(1, postRequestedFor(urlEqualTo("/api/v1/groups"))
                .withRequestBody(equalToJson("{\"profile\": {\"name\": \"West Coast users\"}}")));
    }

    @Test
    void aTakenNameIsAClearFailure() {
        givenOkta(post(urlEqualTo("/api/v1/groups")), oktaJson(400, "error-400-group-name-exists.json"));

        Exchange exchange = call(oktaUri("createGroup", "maxRetries=0"), Map.of("name", WEST_NAME));

        assertThat(groupResult(exchange).getError()).isEqualTo("HTTP 400 E0000001 Api validation failed: name (name: An "
                + "object with this field already exists in the current organization) - a group named 'West Coast users' "
                + "exists already (Okta's group names ignore case); getGroup reads it");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ERROR_CODE)).isEqualTo("E0000001");
        assertThat(oktaCallCount()).as("no lookup without a lost answer").isEqualTo(1);
    }

    @Test
    void aRetryAfterALostAnswerReturnsTheGroupThisCallCreated() {
        givenCreateLostThenDuplicate();
        Instant oktaNow = Instant.now();
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), searchAnswer(oktaNow, oktaNow, WEST_DESCRIPTION));

        Exchange exchange = call(oktaUri("createGroup", "responseTimeout=500"),
                Map.of("name", WEST_NAME, "description", WEST_DESCRIPTION));

        OktaGroupResult result = groupResult(exchange);
        assertThat(result.getError()).isNull();
        assertThat(result.getGroup().getId()).isEqualTo(WEST_ID);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(OktaConstants.GROUP_ID)).isEqualTo(WEST_ID);
        OKTA.verify(2, postRequestedFor(urlEqualTo("/api/v1/groups")));
        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups")).withQueryParam("search", equalTo(NAME_SEARCH)));
    }

    @Test
    void aRetryAfterALostAnswerDoesNotAdoptAnOlderGroup() {
        givenCreateLostThenDuplicate();
        Instant oktaNow = Instant.now();
        givenOkta(get(urlPathEqualTo("/api/v1/groups")),
                searchAnswer(oktaNow, Instant.parse("2015-02-06T10:11:28Z"), WEST_DESCRIPTION));

        Exchange exchange = call(oktaUri("createGroup", "responseTimeout=500"),
                Map.of("name", WEST_NAME, "description", WEST_DESCRIPTION));

        OktaGroupResult result = groupResult(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("HTTP 400 E0000001 Api validation failed: name")
                .contains("a group named 'West Coast users' (00g1emaKYZTWRYYRRTSK) already exists, created "
                          + "2015-02-06T10:11:28Z, before this call started")
                .endsWith("not adopted");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isNull();
    }

    @Test
    void aRetryAfterALostAnswerDoesNotAdoptAGroupWithAnotherDescription() {
        givenCreateLostThenDuplicate();
        Instant oktaNow = Instant.now();
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), searchAnswer(oktaNow, oktaNow, "Someone else's"));

        OktaGroupResult result = groupResult(call(oktaUri("createGroup", "responseTimeout=500"),
                Map.of("name", WEST_NAME, "description", WEST_DESCRIPTION)));

        assertThat(result.getError()).endsWith("but with another description than this call sent: not adopted");
    }

    @Test
    void aRetryAfterALostAnswerDoesNotAdoptWithoutADate() {
        givenCreateLostThenDuplicate();
        Instant oktaNow = Instant.now();
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaAnswer(200)
                .withBody(OktaFixtures.read("groups-search-one.json").replace("2015-02-06T10:11:28.000Z", oktaNow.toString())));

        OktaGroupResult result = groupResult(call(oktaUri("createGroup", "responseTimeout=500"),
                Map.of("name", WEST_NAME, "description", WEST_DESCRIPTION)));

        assertThat(result.getError()).endsWith("Okta sent no Date header to tell whether this call created it: not adopted");
    }

    // addUserToGroup, removeUserFromGroup

    @Test
    void addUserToGroupPutsTheUsersIdIntoTheGroupsId() {
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), oktaJson(200, "user.json"));
        givenOkta(put(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaAnswer(204));

        Exchange exchange = call(oktaUri("addUserToGroup", "maxRetries=0"),
                Map.of("group_id", WEST_ID, "user_id", ISAAC_LOGIN));

        OktaMembershipResult result = membershipResult(exchange);
        assertThat(result.getError()).isNull();
        assertThat(result.getGroupId()).isEqualTo(WEST_ID);
        assertThat(result.getUserId()).isEqualTo(ISAAC_ID);
        assertThat(result.toString()).isEqualTo("{\"success\":true,\"error\":null,\"group_id\":\"" + WEST_ID
                                                + "\",\"user_id\":\"" + ISAAC_ID + "\"}");
        assertThat(exchange.getMessage().getHeader(OktaConstants.GROUP_ID)).isEqualTo(WEST_ID);
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(204);
        OKTA.verify(1, withOktaHeaders(putRequestedFor(urlEqualTo(WEST + "/users/" + ISAAC_ID))));
        assertThat(oktaCallCount()).isEqualTo(2);
    }

    @Test
    void removeUserFromGroupByGroupNameDeletesByTheIds() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-one.json"));
        givenOkta(get(urlEqualTo("/api/v1/users/" + ISAAC_ID)), oktaJson(200, "user.json"));
        givenOkta(delete(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaAnswer(204));

        Exchange exchange = call(oktaUri("removeUserFromGroup", "maxRetries=0"), null,
                Map.of(OktaConstants.GROUP_ID, WEST_NAME, OktaConstants.USER_ID, ISAAC_ID));

        assertThat(membershipResult(exchange).getError()).isNull();
        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups")).withQueryParam("search", equalTo(NAME_SEARCH)));
        OKTA.verify(1, withOktaHeaders(deleteRequestedFor(urlEqualTo(WEST + "/users/" + ISAAC_ID))));
        assertThat(oktaCallCount()).isEqualTo(3);
    }

    @Test
    void anUnknownUserIsAFailureNamingItBeforeAnyMembershipCall() {
        givenOkta(get(urlEqualTo("/api/v1/users/00u1xke1apZnmHgpB1d7")), oktaJson(404, "error-404-not-found.json"));

        Exchange exchange = call(oktaUri("addUserToGroup", "maxRetries=0"),
                Map.of("group_id", WEST_ID, "user_id", "00u1xke1apZnmHgpB1d7"));

        assertThat(membershipResult(exchange).getError())
                .isEqualTo("HTTP 404 E0000007 Not found: Resource not found: 00u1xke1apZnmHgpB1d7 (User)");
        OKTA.verify(0, putRequestedFor(urlPathEqualTo(WEST + "/users/00u1xke1apZnmHgpB1d7")));
    }

    @Test
    void anUnknownGroupIsOktasNotFoundNamingIt() {
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), oktaJson(200, "user.json"));
        givenOkta(put(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaJson(404, "error-404-group-not-found.json"));

        Exchange exchange = call(oktaUri("addUserToGroup", "maxRetries=0"),
                Map.of("group_id", WEST_ID, "user_id", ISAAC_LOGIN));

        assertThat(membershipResult(exchange).getError()).contains("00g1emaKYZTWRYYRRTSK (UserGroup)");
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(404);
    }

    @Test
    void aRetriedMembershipChangeIsASuccess() {
        OKTA.stubFor(put(urlEqualTo(WEST + "/users/" + ISAAC_ID)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(oktaAnswer(204).withFixedDelay(1_500)).willSetStateTo("done"));
        OKTA.stubFor(put(urlEqualTo(WEST + "/users/" + ISAAC_ID)).inScenario("lost").whenScenarioStateIs("done")
                .willReturn(oktaAnswer(204)));
        givenOkta(get(urlEqualTo("/api/v1/users/" + ISAAC_ID)), oktaJson(200, "user.json"));

        Exchange exchange = call(oktaUri("addUserToGroup", "responseTimeout=500"),
                Map.of("group_id", WEST_ID, "user_id", ISAAC_ID));

        assertThat(membershipResult(exchange).isSuccess()).isTrue();
        OKTA.verify(2, putRequestedFor(urlEqualTo(WEST + "/users/" + ISAAC_ID)));
    }

    @Test
    void aGroupNameIsOnePathSegmentNeverAPath() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaAnswer(200).withBody("[]"));

        call(oktaUri("getGroup", "maxRetries=0"), Map.of("group_id", "../users"));

        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups"))
                .withQueryParam("search", equalTo("profile.name eq \"../users\"")));
        assertThat(oktaCallCount()).isEqualTo(1);
    }

    @Test
    void missingInputIsRefusedBeforeAnyCall() {
        OktaMembershipResult result = membershipResult(call(oktaUri("addUserToGroup"), Map.of("group_id", WEST_ID)));

        assertThat(result.getError()).isEqualTo("Missing required parameter user_id for okta:addUserToGroup: set "
                                                + "CamelOktaUserId or the same keys in the body");
        verifyNoOktaCall();
    }

    private static void givenCreateLostThenDuplicate() {
        OKTA.stubFor(post(urlEqualTo("/api/v1/groups")).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(oktaJson(200, "group.json").withFixedDelay(1_500)).willSetStateTo("created"));
        OKTA.stubFor(post(urlEqualTo("/api/v1/groups")).inScenario("create").whenScenarioStateIs("created")
                .willReturn(oktaJson(400, "error-400-group-name-exists.json")));
    }

    /** The name search's answer: the group, created then, with the description, on Okta's clock at oktaNow. */
    private static ResponseDefinitionBuilder searchAnswer(Instant oktaNow, Instant created, String description) {
        return oktaAnswer(200)
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(oktaNow.atOffset(ZoneOffset.UTC)))
                .withBody(OktaFixtures.read("groups-search-one.json")
                        .replace("2015-02-06T10:11:28.000Z", created.toString())
                        .replace(WEST_DESCRIPTION, description));
    }

    private static OktaGroupResult groupResult(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange.getMessage().getBody(OktaGroupResult.class);
    }

    private static OktaMembershipResult membershipResult(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange.getMessage().getBody(OktaMembershipResult.class);
    }
}
