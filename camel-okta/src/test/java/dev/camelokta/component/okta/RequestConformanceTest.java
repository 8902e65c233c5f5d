package dev.camelokta.component.okta;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelokta.component.okta.model.OktaGroupResult;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaSpec;
import dev.camelokta.component.okta.support.OktaSpec.Request;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request the component sends is one that Okta's OpenAPI spec allows: each kind of request is sent through the
 * component to the stand-in Okta, and every request it received is checked by {@link OktaSpec} against the operation
 * it calls (path, query, header parameters, the apiToken scheme, Accept, and the JSON body against the requestBody
 * schema). The last tests show the checker refuses requests that depart from the spec.
 */
class RequestConformanceTest extends OktaTestSupport {

    private static final OktaSpec SPEC = OktaSpec.load();

    private static final String ISAAC_ID = "00ub0oNGTSWTBKOLGLNR";
    private static final String ISAAC = "/api/v1/users/" + ISAAC_ID;
    private static final String ISAAC_BY_LOGIN = "/api/v1/users/isaac.brock%40example.com";
    private static final String BEN = "/api/v1/users/00u1xke1apZnmHgpB1d7";
    private static final String BEN_EMAIL = "ben.richler@example.com";
    private static final String BEN_BY_EMAIL = "/api/v1/users/ben.richler%40example.com";
    private static final String NEW_TYPE = "otyfnly5cQjJT9PnR0g4";
    private static final String ETAG = "W/\"1718192021000\"";

    // createUser

    @ParameterizedTest(name = "type and mobile_phone: {0}, activate: {1}")
    @CsvSource({ "false, true", "false, false", "true, true", "true, false" })
    void createUser(boolean typeAndPhone, boolean activate) {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("activate", activate));
        if (typeAndPhone) {
            body.putAll(Map.of("type_id", NEW_TYPE, "mobile_phone", "+1-555-415-1337"));
        }

        succeeds(call(oktaUri("createUser"), body, CREATE_ISAAC));

        List<Request> requests = assertRequestsConform("createUser");
        assertThat(requests.get(0).url()).isEqualTo("/api/v1/users?activate=" + activate);
        assertThat(requests.get(0).body()).contains("\"profile\"").contains(typeAndPhone ? "\"type\"" : "\"login\"");
    }

    @Test
    void createUserRetriedAfterAnUnansweredAttemptReadsTheUserByLogin() {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users")).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(oktaJson(200, "user-created.json").withFixedDelay(1_500)).willSetStateTo("created"));
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users")).inScenario("create").whenScenarioStateIs("created")
                .willReturn(oktaJson(400, "error-400-login-exists.json")));
        // the user the first attempt created: created during this call, as Okta's Date shows (see IdempotentCreateTest)
        Instant oktaNow = Instant.now();
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), oktaAnswer(200)
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(oktaNow.atOffset(ZoneOffset.UTC)))
                .withBody(OktaFixtures.read("user.json").replace("2013-06-24T16:39:18.000Z", oktaNow.toString())));

        Exchange exchange = call(oktaUri("createUser", "responseTimeout=500"), null, CREATE_ISAAC);

        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
        assertRequestsConform("createUser", "createUser", "getUser");
    }

    // getUser

    @Test
    void getUserById() {
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json"));

        succeeds(getUser(ISAAC_ID));

        assertRequestsConform("getUser");
    }

    @Test
    void getUserByLogin() {
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), oktaJson(200, "user.json"));

        succeeds(getUser("isaac.brock@example.com"));

        assertRequestsConform("getUser");
    }

    @Test
    void getUserByAnEmailThatIsNotALoginSearches() {
        givenOkta(get(urlEqualTo(BEN_BY_EMAIL)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));

        succeeds(getUser(BEN_EMAIL));

        List<Request> requests = assertRequestsConform("getUser", "listUsers");
        assertThat(requests.get(1).query()).startsWith("search=");
    }

    // updateUser

    @Test
    void partialUpdate() {
        givenOkta(post(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        succeeds(updateUser(ISAAC_ID, Map.of("mobile_phone", "+1-555-415-9999", "first_name", "Isaac J.")));

        assertRequestsConform("updateUser");
    }

    @Test
    void partialUpdateByAnEmailThatIsNotALogin() {
        givenOkta(post(urlEqualTo(BEN_BY_EMAIL)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));
        givenOkta(post(urlEqualTo(BEN)), oktaJson(200, "user-updated.json"));

        succeeds(updateUser(BEN_EMAIL, Map.of("last_name", "Richler-Smith")));

        assertRequestsConform("updateUser", "listUsers", "updateUser");
    }

    @Test
    void typeChangeGetsThenReplacesWithIfMatch() {
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json").withHeader("ETag", ETAG));
        givenOkta(put(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        succeeds(updateUser(ISAAC_ID, Map.of("type_id", NEW_TYPE, "mobile_phone", "+1-555-415-9999")));

        List<Request> requests = assertRequestsConform("getUser", "replaceUser");
        assertThat(requests.get(1).headers()).containsEntry("If-Match", ETAG);
    }

    @Test
    void typeChangeByAnEmailThatIsNotALogin() {
        givenOkta(get(urlEqualTo(BEN_BY_EMAIL)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));
        String ben = OktaJson.write(OktaFixtures.array("users-search-one.json").get(0));
        givenOkta(get(urlEqualTo(BEN)), oktaAnswer(200).withHeader("ETag", ETAG).withBody(ben));
        givenOkta(put(urlEqualTo(BEN)), oktaJson(200, "user-updated.json"));

        succeeds(updateUser(BEN_EMAIL, Map.of("type_id", NEW_TYPE)));

        List<Request> requests = assertRequestsConform("getUser", "listUsers", "getUser", "replaceUser");
        assertThat(requests.get(3).headers()).containsEntry("If-Match", ETAG);
    }

    // listTypeIdOptions

    @Test
    void listTypeIdOptions() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user")), oktaJson(200, "user-types.json"));

        Exchange exchange = call(oktaUri("listTypeIdOptions"), null);

        assertThat(optionsResult(exchange).isSuccess()).isTrue();
        assertRequestsConform("listUserTypes");
    }

    // the lists: listUsers, listGroups, listUserGroups, listGroupMembers

    private static final String GROUP_ID = "00g1emaKYZTWRYYRRTSK";
    private static final String GROUPS_JSON = "[{\"id\": \"" + GROUP_ID + "\", \"created\": \"2015-02-06T10:11:28.000Z\", "
                                              + "\"type\": \"OKTA_GROUP\", \"objectClass\": [\"okta:user_group\"], "
                                              + "\"profile\": {\"name\": \"West Coast users\"}}]";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "search | profile.department eq \"Engineering\"", "filter | status eq \"ACTIVE\"",
            "q | isaac" })
    void listUsersFollowsTheNextLinkWithTheSameQuery(String query, String expression) {
        givenOkta(get(urlPathEqualTo("/api/v1/users")).withQueryParam("after", absent()), oktaJson(200, "users-search-two.json")
                .withHeader("Link", "<" + baseUrl() + "/api/v1/users?limit=2&after=c2>; rel=\"next\""));
        givenOkta(get(urlPathEqualTo("/api/v1/users")).withQueryParam("after", equalTo("c2")), oktaJson(200, "users-search-one.json"));

        assertThat(drain(call(oktaUri("listUsers"), Map.of(query, expression, "limit", 2)))).isEqualTo(3);

        List<Request> requests = assertRequestsConform("listUsers", "listUsers");
        assertThat(requests.get(0).query()).startsWith(query + "=").endsWith("&limit=2");
        assertThat(requests.get(1).query()).startsWith(query + "=").endsWith("&after=c2&limit=2");
    }

    @Test
    void listGroups() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", absent()), oktaAnswer(200)
                .withHeader("Content-Type", "application/json").withBody(GROUPS_JSON)
                .withHeader("Link", "<" + baseUrl() + "/api/v1/groups?after=g2&limit=1>; rel=\"next\""));
        givenOkta(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", equalTo("g2")), oktaAnswer(200)
                .withHeader("Content-Type", "application/json").withBody("[]"));

        assertThat(drain(call(oktaUri("listGroups"), Map.of("search", "type eq \"OKTA_GROUP\"", "limit", 1)))).isEqualTo(1);

        List<Request> requests = assertRequestsConform("listGroups", "listGroups");
        assertThat(requests.get(1).query()).isEqualTo("search=type%20eq%20%22OKTA_GROUP%22&after=g2&limit=1");
    }

    @Test
    void listUserGroupsByLoginListsByTheUsersIdWithNoQuery() {
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), oktaJson(200, "user.json"));
        givenOkta(get(urlEqualTo(ISAAC + "/groups")), oktaAnswer(200).withHeader("Content-Type", "application/json")
                .withBody(GROUPS_JSON));

        assertThat(drain(call(oktaUri("listUserGroups"), Map.of("user_id", "isaac.brock@example.com")))).isEqualTo(1);

        List<Request> requests = assertRequestsConform("getUser", "listUserGroups");
        assertThat(requests.get(1).url()).isEqualTo(ISAAC + "/groups");
    }

    @Test
    void listGroupMembers() {
        String members = "/api/v1/groups/" + GROUP_ID + "/users";
        givenOkta(get(urlPathEqualTo(members)).withQueryParam("after", absent()), oktaJson(200, "users-search-two.json")
                .withHeader("Link", "<" + baseUrl() + members + "?limit=2&after=m2>; rel=\"next\""));
        givenOkta(get(urlPathEqualTo(members)).withQueryParam("after", equalTo("m2")), oktaJson(200, "users-search-none.json"));

        assertThat(drain(call(oktaUri("listGroupMembers"), Map.of("group_id", GROUP_ID, "limit", 2)))).isEqualTo(2);

        List<Request> requests = assertRequestsConform("listGroupUsers", "listGroupUsers");
        assertThat(requests.get(1).query()).isEqualTo("after=m2&limit=2");
    }

    /** Walks a streamed list to its end; how many items it had. */
    private static int drain(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        java.util.Iterator<?> items = exchange.getMessage().getBody(java.util.Iterator.class);
        int count = 0;
        while (items.hasNext() && count < 1_000) {
            items.next();
            count++;
        }
        return count;
    }

    // the lifecycle operations, clearUserSessions and deleteUser: the user is found first, then the call goes to its id

    @ParameterizedTest(name = "{0} of a {2} user")
    @CsvSource({
            "activateUser, activate, STAGED, PROVISIONED, activateUser, sendEmail=true",
            "reactivateUser, reactivate, PROVISIONED, PROVISIONED, reactivateUser, sendEmail=false",
            "deactivateUser, deactivate, ACTIVE, DEPROVISIONED, deactivateUser, sendEmail=false",
            "suspendUser, suspend, ACTIVE, SUSPENDED, suspendUser, ",
            "unsuspendUser, unsuspend, SUSPENDED, ACTIVE, unsuspendUser, ",
            "unlockUser, unlock, LOCKED_OUT, ACTIVE, unlockUser, ",
            "resetPassword, reset_password, ACTIVE, RECOVERY, resetPassword, sendEmail=true" })
    void lifecycleTransition(String operation, String lifecycle, String from, String to, String operationId,
                             String query) {
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), userIn(from));
        givenOkta(post(urlPathEqualTo(ISAAC + "/lifecycle/" + lifecycle)), oktaAnswer(200).withBody("{}"));
        givenOkta(get(urlEqualTo(ISAAC)), userIn(to));

        Exchange exchange = call(oktaUri(operation, "maxRetries=0"), "isaac.brock@example.com");

        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).as("success").isEqualTo(true);
        List<Request> requests = assertRequestsConform("getUser", operationId, "getUser");
        assertThat(requests.get(1).query()).isEqualTo(query == null ? "" : query);
    }

    @Test
    void lifecycleTransitionWithSendEmailFalse() {
        givenOkta(get(urlEqualTo(ISAAC)), userIn("STAGED"));
        givenOkta(post(urlPathEqualTo(ISAAC + "/lifecycle/activate")), oktaAnswer(200).withBody(
                "{\"activationUrl\": \"https://acme.okta.com/tokens/XE6wE17zmphl3KqAPFxO/verify\", "
                + "\"activationToken\": \"XE6wE17zmphl3KqAPFxO\"}"));

        call(oktaUri("activateUser", "maxRetries=0"), Map.of("user_id", ISAAC_ID, "send_email", false));

        assertThat(assertRequestsConform("getUser", "activateUser", "getUser").get(1).query()).isEqualTo("sendEmail=false");
    }

    @Test
    void expirePasswordReadsTheUserFromOktasAnswer() {
        givenOkta(get(urlEqualTo(ISAAC)), userIn("ACTIVE"));
        givenOkta(post(urlEqualTo(ISAAC + "/lifecycle/expire_password")), userIn("PASSWORD_EXPIRED"));

        call(oktaUri("expirePassword", "maxRetries=0"), ISAAC_ID);

        assertRequestsConform("getUser", "expirePassword");
    }

    @Test
    void clearUserSessions() {
        givenOkta(get(urlEqualTo(ISAAC)), userIn("ACTIVE"));
        givenOkta(delete(urlEqualTo(ISAAC + "/sessions")), oktaAnswer(204));

        call(oktaUri("clearUserSessions", "maxRetries=0"), ISAAC_ID);

        assertRequestsConform("getUser", "revokeUserSessions");
    }

    @Test
    void deleteUserWithDeactivate() {
        OKTA.stubFor(get(urlEqualTo(ISAAC)).inScenario("delete").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(userIn("ACTIVE")));
        OKTA.stubFor(post(urlPathEqualTo(ISAAC + "/lifecycle/deactivate")).inScenario("delete")
                .willReturn(oktaAnswer(200).withBody("{}")).willSetStateTo("deprovisioned"));
        OKTA.stubFor(get(urlEqualTo(ISAAC)).inScenario("delete").whenScenarioStateIs("deprovisioned")
                .willReturn(userIn("DEPROVISIONED")));
        givenOkta(delete(urlEqualTo(ISAAC)), oktaAnswer(204));

        call(oktaUri("deleteUser", "maxRetries=0"), Map.of("user_id", ISAAC_ID, "deactivate", true));

        List<Request> requests = assertRequestsConform("getUser", "deactivateUser", "getUser", "deleteUser");
        assertThat(requests.get(1).query()).isEmpty();
        assertThat(requests.get(3).query()).isEmpty();
    }

    private static ResponseDefinitionBuilder userIn(String status) {
        return oktaAnswer(200).withHeader("Content-Type", "application/json").withBody(
                OktaFixtures.read("user.json").replace("\"status\": \"ACTIVE\"", "\"status\": \"" + status + "\""));
    }

    // getGroup, createGroup, addUserToGroup, removeUserFromGroup

    private static final String WEST_ID = "00g1emaKYZTWRYYRRTSK";
    private static final String WEST = "/api/v1/groups/" + WEST_ID;

    @Test
    void getGroupById() {
        givenOkta(get(urlEqualTo(WEST)), oktaJson(200, "group.json"));

        succeedsOnGroup(call(oktaUri("getGroup", "maxRetries=0"), WEST_ID));

        assertRequestsConform("getGroup");
    }

    @Test
    void getGroupByNameSearches() {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-one.json"));

        succeedsOnGroup(call(oktaUri("getGroup", "maxRetries=0"), "West Coast users"));

        assertThat(assertRequestsConform("listGroups").get(0).query()).startsWith("search=");
    }

    @ParameterizedTest(name = "with a description: {0}")
    @CsvSource({ "true", "false" })
    void createGroup(boolean withDescription) {
        givenOkta(post(urlEqualTo("/api/v1/groups")), oktaJson(200, "group.json"));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "West Coast users"));
        if (withDescription) {
            body.put("description", "All users West of The Rockies");
        }

        succeedsOnGroup(call(oktaUri("createGroup", "maxRetries=0"), body));

        assertRequestsConform("addGroup");
    }

    @Test
    void createGroupRetriedAfterAnUnansweredAttemptSearchesTheName() {
        OKTA.stubFor(post(urlEqualTo("/api/v1/groups")).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(oktaJson(200, "group.json").withFixedDelay(1_500)).willSetStateTo("created"));
        OKTA.stubFor(post(urlEqualTo("/api/v1/groups")).inScenario("create").whenScenarioStateIs("created")
                .willReturn(oktaJson(400, "error-400-group-name-exists.json")));
        Instant oktaNow = Instant.now();
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaAnswer(200)
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(oktaNow.atOffset(ZoneOffset.UTC)))
                .withBody(OktaFixtures.read("groups-search-one.json").replace("2015-02-06T10:11:28.000Z", oktaNow.toString())));

        Exchange exchange = call(oktaUri("createGroup", "responseTimeout=500"),
                Map.of("name", "West Coast users", "description", "All users West of The Rockies"));

        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
        assertRequestsConform("addGroup", "addGroup", "listGroups");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "addUserToGroup, assignUserToGroup", "removeUserFromGroup, unassignUserFromGroup" })
    void membershipByGroupIdAndLogin(String operation, String operationId) {
        givenOkta(get(urlEqualTo(ISAAC_BY_LOGIN)), oktaJson(200, "user.json"));
        givenOkta(put(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaAnswer(204));
        givenOkta(delete(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaAnswer(204));

        Exchange exchange = call(oktaUri(operation, "maxRetries=0"),
                Map.of("group_id", WEST_ID, "user_id", "isaac.brock@example.com"));

        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(true);
        assertRequestsConform("getUser", operationId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "addUserToGroup, assignUserToGroup", "removeUserFromGroup, unassignUserFromGroup" })
    void membershipByGroupNameAndAnEmailThatIsNotALogin(String operation, String operationId) {
        givenOkta(get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-one.json"));
        givenOkta(get(urlEqualTo(BEN_BY_EMAIL)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));
        givenOkta(put(urlEqualTo(WEST + BEN.substring("/api/v1".length()))), oktaAnswer(204));
        givenOkta(delete(urlEqualTo(WEST + BEN.substring("/api/v1".length()))), oktaAnswer(204));

        Exchange exchange = call(oktaUri(operation, "maxRetries=0"),
                Map.of("group_id", "West Coast users", "user_id", BEN_EMAIL));

        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(true);
        assertRequestsConform("listGroups", "getUser", "listUsers", operationId);
    }

    private static void succeedsOnGroup(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        assertThat(exchange.getMessage().getBody(OktaGroupResult.class).getError())
                .as("operation error").isNull();
    }

    // full profiles and listProfileAttributes

    @Test
    void createUserWithAProfileReadsTheDefaultSchemaFirst() {
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/default")), oktaJson(200, "user-schema.json"));
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        Map<String, Object> body = Map.of("profile", Map.of("department", "R&D", "costCenter", "CC-42"));

        succeeds(call(oktaUri("createUser"), body, CREATE_ISAAC));

        List<Request> requests = assertRequestsConform("getUserSchema", "createUser");
        assertThat(requests.get(1).body()).contains("\"department\":\"R&D\"").contains("\"costCenter\":\"CC-42\"");
    }

    @Test
    void createUserOfATypeWithAProfileReadsTheTypeThenItsSchema() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user/" + NEW_TYPE)), oktaJson(200, "user-type.json"));
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/oscz9fj2jMiRBC1ZT1d6")), oktaJson(200, "user-schema.json"));
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        Map<String, Object> body = Map.of("type_id", NEW_TYPE, "profile", Map.of("salesforceUserName", "isaac"));

        succeeds(call(oktaUri("createUser"), body, CREATE_ISAAC));

        assertRequestsConform("getUserType", "getUserSchema", "createUser");
    }

    @Test
    void partialUpdateOfAnAttributeTheDefaultSchemaLacksReadsTheUsersType() {
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/default")), oktaJson(200, "user-schema.json"));
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json"));
        givenOkta(get(urlPathMatching("/api/v1/meta/types/user/.*")), oktaJson(200, "user-type.json"));
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/oscz9fj2jMiRBC1ZT1d6")), oktaJson(200,
                "user-schema.json").withBody(OktaFixtures.read("user-schema.json")
                        .replace("salesforceUserName", "agency")));
        givenOkta(post(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        succeeds(updateUser(ISAAC_ID, Map.of("profile", Map.of("agency", "Babbage & Co"))));

        assertRequestsConform("getUserSchema", "getUser", "getUserType", "getUserSchema", "updateUser");
    }

    @Test
    void typeChangeWithAProfileReadsTheNewTypesSchemaThenGetsAndReplaces() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user/" + NEW_TYPE)), oktaJson(200, "user-type.json"));
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/oscz9fj2jMiRBC1ZT1d6")), oktaJson(200, "user-schema.json"));
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json").withHeader("ETag", ETAG));
        givenOkta(put(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        succeeds(updateUser(ISAAC_ID, Map.of("type_id", NEW_TYPE, "profile", Map.of("costCenter", "CC-9"))));

        List<Request> requests = assertRequestsConform("getUserType", "getUserSchema", "getUser", "replaceUser");
        assertThat(requests.get(3).body()).contains("\"costCenter\":\"CC-9\"").contains("\"firstName\"");
    }

    @Test
    void listProfileAttributes() {
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/default")), oktaJson(200, "user-schema.json"));

        Exchange exchange = call(oktaUri("listProfileAttributes"), null);

        assertThat(optionsResult(exchange).getOptions()).extracting(option -> option.getValue())
                .containsExactly("login", "firstName", "lastName", "email", "mobilePhone", "department", "costCenter",
                        "salesforceUserName");
        assertThat(optionsResult(exchange).getOptions().get(6).getLabel()).isEqualTo("Cost center");
        assertRequestsConform("getUserSchema");
    }

    @Test
    void listProfileAttributesOfAType() {
        givenOkta(get(urlEqualTo("/api/v1/meta/types/user/" + NEW_TYPE)), oktaJson(200, "user-type.json"));
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/oscz9fj2jMiRBC1ZT1d6")), oktaJson(200, "user-schema.json"));

        Exchange exchange = call(oktaUri("listProfileAttributes"), Map.of("type_id", NEW_TYPE));

        assertThat(optionsResult(exchange).isSuccess()).isTrue();
        assertRequestsConform("getUserType", "getUserSchema");
    }

    // the checker itself

    static Stream<Arguments> departures() {
        return Stream.of(
                departure("an unknown query parameter", r -> r.withUrl("/api/v1/users?activate=true&sendEmail=true"),
                        "query parameter sendEmail is not declared"),
                departure("a query value its schema refuses", r -> r.withUrl("/api/v1/users?activate=yes"),
                        "query parameter activate = yes"),
                departure("a body without the required profile", r -> r.withBody("{\"type\": {\"id\": \"oty1\"}}"),
                        "body (#/components/schemas/CreateUserRequest)"),
                departure("a profile email that is no email", r -> r.withBody("{\"profile\": {\"email\": \"isaac\"}}"),
                        "body (#/components/schemas/CreateUserRequest)"),
                departure("a body that is not JSON", r -> r.withBody("profile=isaac"), "the body is not JSON"),
                departure("If-Match, which createUser does not declare", r -> r.withHeader("If-Match", ETAG),
                        "header If-Match is not a parameter of this operation"),
                departure("a bearer token", r -> r.withHeader("Authorization", "Bearer " + TOKEN),
                        "Authorization is not \"SSWS {API Token}\""),
                departure("no Authorization", r -> r.withHeader("Authorization", null), "Authorization is not"),
                departure("a content type the requestBody does not take", r -> r.withHeader("Content-Type", "text/plain"),
                        "Content-Type text/plain is not one of the requestBody's"),
                departure("an Accept no answer offers", r -> r.withHeader("Accept", "application/xml"),
                        "Accept application/xml matches none"),
                departure("no body", r -> r.withBody(null), "no body is sent but the requestBody is required"),
                departure("a method the path does not have", r -> r.withMethod("PATCH"), "is no operation of the spec"),
                departure("a path of no operation", r -> r.withUrl("/api/v1/users/00ub0oNGTSWTBKOLGLNR/lifecycle/reset_factors"),
                        "is no operation of the spec"));
    }

    @Test
    void theCheckerRefusesAnAcceptThatNoAnswerOffersWhenTheSuccessHasNoBody() {
        givenOkta(get(urlEqualTo(ISAAC)), userIn("ACTIVE"));
        givenOkta(post(urlPathEqualTo(ISAAC + "/lifecycle/suspend")), oktaAnswer(200).withBody("{}"));
        givenOkta(get(urlEqualTo(ISAAC)), userIn("ACTIVE"));
        call(oktaUri("suspendUser", "maxRetries=0"), ISAAC_ID);
        Request sent = assertRequestsConform("getUser", "suspendUser", "getUser").get(1);

        assertThat(SPEC.violations(sent.withHeader("Accept", "text/html")))
                .anySatisfy(v -> assertThat(v).contains("Accept text/html matches none of the error answers' media types"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("departures")
    void theCheckerRefusesARequestThatDepartsFromTheSpec(String departure, UnaryOperator<Request> change, String violation) {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        succeeds(call(oktaUri("createUser"), null, CREATE_ISAAC));
        Request sent = assertRequestsConform("createUser").get(0);

        assertThat(SPEC.violations(change.apply(sent))).as(departure).anySatisfy(v -> assertThat(v).contains(violation));
    }

    private static Arguments departure(String name, UnaryOperator<Request> change, String violation) {
        return Arguments.of(name, change, violation);
    }

    /**
     * Every request Okta received conforms to the spec, and they called these operations, in this order.
     *
     * @return the requests, first first
     */
    private static List<Request> assertRequestsConform(String... operationIds) {
        List<ServeEvent> events = new ArrayList<>(OKTA.getAllServeEvents());
        Collections.reverse(events);
        List<Request> requests = events.stream().map(event -> Request.of(event.getRequest())).toList();
        for (Request request : requests) {
            assertThat(SPEC.violations(request)).as("departures from Okta's spec of %s %s", request.method(), request.url())
                    .isEmpty();
        }
        assertThat(requests).extracting(r -> SPEC.operation(r.method(), r.path()).orElseThrow().operationId())
                .as("operations called").containsExactly(operationIds);
        return requests;
    }

    private Exchange getUser(String userId) {
        return call(oktaUri("getUser", "maxRetries=0"), null, Map.of(OktaConstants.USER_ID, userId));
    }

    private Exchange updateUser(String userId, Map<String, Object> changes) {
        return call(oktaUri("updateUser", "maxRetries=0"), changes, Map.of(OktaConstants.USER_ID, userId));
    }

    private static void succeeds(Exchange exchange) {
        assertThat(userResult(exchange).getError()).as("operation error").isNull();
    }
}
