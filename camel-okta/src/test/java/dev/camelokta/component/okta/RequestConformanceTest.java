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

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
