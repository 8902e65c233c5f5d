package dev.camelokta.component.okta;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.model.CreateUserRequest;
import dev.camelokta.component.okta.model.GetUserRequest;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.model.UpdateUserRequest;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an operation's parameters come from: CamelOkta headers, then the body in any of its forms, then the endpoint's
 * defaults; and what is refused before any call to Okta.
 */
class InputResolutionTest extends OktaTestSupport {

    private static final String ISAAC_JSON = """
            {"first_name": "Isaac", "last_name": "Brock",
             "email": "isaac.brock@example.com", "login": "isaac.brock@example.com"}""";
    private static final String ISAAC_PROFILE = """
            {"profile": {"firstName": "Isaac", "lastName": "Brock", "email": "isaac.brock@example.com",
                         "login": "isaac.brock@example.com"}}""";

    @BeforeEach
    void oktaAnswersEveryUserCall() {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        givenOkta(get(urlPathMatching("/api/v1/users/.+")), oktaJson(200, "user.json"));
        givenOkta(post(urlPathMatching("/api/v1/users/.+")), oktaJson(200, "user-updated.json"));
    }

    static Stream<Arguments> createUserBodies() {
        return Stream.of(
                Arguments.of("Map with snake_case keys", Map.of("first_name", "Isaac", "last_name", "Brock",
                        "email", "isaac.brock@example.com", "login", "isaac.brock@example.com")),
                Arguments.of("Map with camelCase keys", Map.of("firstName", "Isaac", "lastName", "Brock",
                        "email", "isaac.brock@example.com", "login", "isaac.brock@example.com")),
                Arguments.of("JSON String", ISAAC_JSON),
                Arguments.of("JSON byte[]", ISAAC_JSON.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("JSON InputStream", new ByteArrayInputStream(ISAAC_JSON.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("CreateUserRequest", new CreateUserRequest("Isaac", "Brock", "isaac.brock@example.com",
                        "isaac.brock@example.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createUserBodies")
    void readsTheCreateUserBody(String form, Object body) {
        Exchange exchange = call(oktaUri("createUser"), body);

        assertThat(userResult(exchange).isSuccess()).as(form).isTrue();
        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users?activate=true"))
                .withRequestBody(equalToJson(ISAAC_PROFILE)));
    }

    @Test
    void headersAndTheBodyEachGiveSomeParameters() {
        call(oktaUri("createUser"), "{\"last_name\": \"Brock\", \"email\": \"isaac.brock@example.com\"}",
                Map.of(OktaConstants.FIRST_NAME, "Ike", OktaConstants.LOGIN, "ike"));

        assertCreated("activate=true", """
                {"profile": {"firstName": "Ike", "lastName": "Brock", "email": "isaac.brock@example.com", "login": "ike"}}""");
    }

    @Test
    void aHeaderAndTheBodyMayGiveTheSameValue() {
        call(oktaUri("createUser"), ISAAC_JSON, Map.of(OktaConstants.FIRST_NAME, "Isaac", OktaConstants.ACTIVATE, "true"));

        assertCreated("activate=true", ISAAC_PROFILE);
    }

    @Test
    void aHeaderAndTheBodyThatDisagreeAreAnInputErrorNamingBoth() {
        Exchange exchange = call(oktaUri("createUser"), ISAAC_JSON, Map.of(OktaConstants.FIRST_NAME, "Ike\r\nFAKE LOG LINE"));

        assertThat(userResult(exchange).getError()).isEqualTo("Conflicting first_name for okta:createUser: header "
                                                              + "CamelOktaFirstName is 'Ike\\r\\nFAKE LOG LINE' but the body "
                                                              + "has 'Isaac'; remove the header (e.g. .removeHeader(\"CamelOktaFirstName\")) "
                                                              + "or make them agree");
        verifyNoOktaCall();
    }

    @Test
    void aHeaderAndTheBodyThatDisagreeThrowOktaInputExceptionWhenAsked() {
        Exchange exchange = call(oktaUri("createUser", "throwExceptionOnFailure=true"), isaacWith("activate", false),
                Map.of(OktaConstants.ACTIVATE, true));

        assertThat(exchange.getException()).isInstanceOf(OktaInputException.class)
                .hasMessageContaining("activate").hasMessageContaining("CamelOktaActivate")
                .hasMessageContaining("'true'").hasMessageContaining("'false'");
        verifyNoOktaCall();
    }

    @ParameterizedTest(name = "endpoint typeId={0}, body type_id={1}, header={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "otyEndpoint, -,      -,        otyEndpoint",
            "otyEndpoint, otyBody, -,       otyBody",
            "otyEndpoint, -,      otyHeader, otyHeader",
            "otyEndpoint, otyBoth, otyBoth,  otyBoth" })
    void typeIdComesFromHeaderOrBodyThenEndpoint(String endpointTypeId, String bodyTypeId, String headerTypeId,
                                                 String sent) {
        Map<String, Object> body = isaacWith("type_id", bodyTypeId);
        call(oktaUri("createUser", "typeId=" + endpointTypeId), body, headerOrNone(OktaConstants.TYPE_ID, headerTypeId));

        OKTA.verify(1, postRequestedFor(urlEqualTo("/api/v1/users?activate=true"))
                .withRequestBody(equalToJson("{\"type\": {\"id\": \"" + sent + "\"}}", false, true)));
    }

    @ParameterizedTest(name = "endpoint activate={0}, body activate={1}, header={2} -> activate={3}")
    @CsvSource(nullValues = "-", value = {
            "-,     -,     -,     true",
            "false, -,     -,     false",
            "false, true,  -,     true",
            "false, -,     true,  true",
            "true,  -,     false, false",
            "true,  false, false, false" })
    void activateComesFromHeaderOrBodyThenEndpointThenTrue(String endpointActivate, Boolean bodyActivate,
                                                           String headerActivate, boolean sent) {
        String uri = endpointActivate == null ? oktaUri("createUser") : oktaUri("createUser", "activate=" + endpointActivate);
        call(uri, isaacWith("activate", bodyActivate), headerOrNone(OktaConstants.ACTIVATE, headerActivate));

        assertCreated("activate=" + sent, ISAAC_PROFILE);
    }

    @Test
    void getUserTakesAPlainStringBodyAsTheId() {
        call(oktaUri("getUser"), "00ub0oNGTSWTBKOLGLNR");

        assertOnlyRequest(getRequestedFor(urlEqualTo("/api/v1/users/00ub0oNGTSWTBKOLGLNR")));
    }

    @Test
    void getUserTakesGetUserRequest() {
        call(oktaUri("getUser"), new GetUserRequest("00ub0oNGTSWTBKOLGLNR"));

        assertOnlyRequest(getRequestedFor(urlEqualTo("/api/v1/users/00ub0oNGTSWTBKOLGLNR")));
    }

    @Test
    void getUserTakesTheUserIdHeaderWhenTheBodyHasNone() {
        call(oktaUri("getUser"), null, Map.of(OktaConstants.USER_ID, "00uFromHeader"));

        assertOnlyRequest(getRequestedFor(urlEqualTo("/api/v1/users/00uFromHeader")));
    }

    @Test
    void getUserHeaderAndBodyThatDisagreeAreAnInputError() {
        Exchange exchange = call(oktaUri("getUser"), "{\"user_id\": \"00uFromBody\"}",
                Map.of(OktaConstants.USER_ID, "00uFromHeader"));

        assertThat(userResult(exchange).getError()).startsWith("Conflicting user_id for okta:getUser: header "
                                                               + "CamelOktaUserId is '00uFromHeader' but the body has '00uFromBody'");
        verifyNoOktaCall();
    }

    @Test
    void updateUserTakesUpdateUserRequest() {
        call(oktaUri("updateUser"), new UpdateUserRequest("00ub0oNGTSWTBKOLGLNR").setMobilePhone("+1-555-415-9999"));

        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users/00ub0oNGTSWTBKOLGLNR"))
                .withRequestBody(equalToJson("{\"profile\": {\"mobilePhone\": \"+1-555-415-9999\"}}")));
    }

    @Test
    void aKeyGivenTwiceInAJsonBodyIsAnInputError() {
        Exchange exchange = call(oktaUri("createUser"), "{\"first_name\": \"Isaac\", \"last_name\": \"Brock\", "
                                                        + "\"email\": \"isaac.brock@example.com\", \"login\": \"ike\", "
                                                        + "\"profile\": {\"department\": \"Sales\", \"department\": \"Legal\"}}");

        assertThat(userResult(exchange).getError()).startsWith("The body of okta:createUser is not a JSON object (")
                .contains("Duplicate field 'department'");
        verifyNoOktaCall();
    }

    @Test
    void aMissingRequiredParameterFailsWithoutCallingOkta() {
        Exchange exchange = call(oktaUri("createUser"), Map.of("first_name", "Isaac", "last_name", "Brock",
                "email", "isaac.brock@example.com"));

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).isEqualTo("Missing required parameter login for okta:createUser: "
                                                + "set CamelOktaLogin or the same keys in the body");
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        verifyNoOktaCall();
    }

    @Test
    void aMissingUserIdFailsWithoutCallingOkta() {
        Exchange exchange = call(oktaUri("getUser"), null);

        assertThat(userResult(exchange).getError()).startsWith("Missing required parameter user_id for okta:getUser");
        verifyNoOktaCall();
    }

    @Test
    void aMissingRequiredParameterThrowsOktaInputExceptionWhenAsked() {
        Exchange exchange = call(oktaUri("createUser", "throwExceptionOnFailure=true"), Map.of("login", "ike"));

        assertThat(exchange.getException()).isInstanceOf(OktaInputException.class)
                .hasMessage("Missing required parameters first_name, last_name, email for okta:createUser: "
                            + "set CamelOktaFirstName, CamelOktaLastName, CamelOktaEmail or the same keys in the body");
        verifyNoOktaCall();
    }

    @Test
    void anUnknownKeyFailsNamingItWithoutCallingOkta() {
        Map<String, Object> body = isaacWith("frist_name", "Isaac");

        OktaUserResult result = userResult(call(oktaUri("createUser"), body));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("Unknown key [frist_name] in the body of okta:createUser")
                .contains("first_name");
        verifyNoOktaCall();
    }

    @Test
    void anUnknownKeyThrowsOktaInputExceptionWhenAsked() {
        Exchange exchange = call(oktaUri("createUser", "throwExceptionOnFailure=true"), isaacWith("frist_name", "Isaac"));

        assertThat(exchange.getException()).isInstanceOf(OktaInputException.class).hasMessageContaining("frist_name");
        verifyNoOktaCall();
    }

    @Test
    void theOperationHeaderOverridesTheEndpointsOperation() {
        OKTA.stubFor(get("/api/v1/users/00ub0oNGTSWTBKOLGLNR")
                .willReturn(okJson("{\"id\":\"00ub0oNGTSWTBKOLGLNR\",\"status\":\"ACTIVE\",\"profile\":{}}")));
        Exchange exchange = template.send(oktaUri("listTypeIdOptions"), e -> {
            e.getMessage().setHeader(OktaConstants.OPERATION, "get_user");
            e.getMessage().setHeader(OktaConstants.USER_ID, "00ub0oNGTSWTBKOLGLNR");
        });

        assertThat(userResult(exchange).getUser().getId()).isEqualTo("00ub0oNGTSWTBKOLGLNR");
    }

    @Test
    void anUnknownOperationHeaderIsAnInputErrorWithoutCallingOkta() {
        Exchange exchange = template.send(oktaUri("getUser"),
                e -> e.getMessage().setHeader(OktaConstants.OPERATION, "purgeUser"));

        assertThat(userResult(exchange).getError()).startsWith("Invalid header CamelOktaOperation: Unknown okta operation 'purgeUser'")
                .contains("createUser (create_user)");
        verifyNoOktaCall();
    }

    /** Isaac's create body as a Map, with one more key when its value is not null. */
    private static Map<String, Object> isaacWith(String key, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("first_name", "Isaac", "last_name", "Brock",
                "email", "isaac.brock@example.com", "login", "isaac.brock@example.com"));
        if (value != null) {
            body.put(key, value);
        }
        return body;
    }

    private static Map<String, Object> headerOrNone(String header, Object value) {
        return value == null ? Map.of() : Map.of(header, value);
    }

    private static void assertCreated(String query, String json) {
        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users?" + query)).withRequestBody(equalToJson(json)));
    }
}
