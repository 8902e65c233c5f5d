package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaInputException;
import java.util.Map;

import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOneLine;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message acts on the user it names only: a header and the body that give different values for one parameter are
 * an input error naming both, so the CamelOktaUserId an earlier call left never redirects a later one; the chaining
 * that relies on that header (an empty body, or the earlier result in the body) keeps working.
 */
class HeaderBodyAgreementTest extends OktaTestSupport {

    private static final String GRACE_ID = "00uGrace0000000000001";
    private static final String GRACE_PATH = "/api/v1/users/" + GRACE_ID;
    /** In the body, so that the only header the create leaves for the next call is CamelOktaUserId. */
    private static final Map<String, Object> CREATE_GRACE = Map.of("first_name", "Grace", "last_name", "Hopper",
            "email", "grace@example.com", "login", "grace@example.com");
    private static final String GRACE_OR_ADA_CONFLICT = "Conflicting user_id for okta:%s: header CamelOktaUserId is '"
                                                        + GRACE_ID + "' but the body has 'ada@example.com'; remove the "
                                                        + "header (e.g. .removeHeader(\"CamelOktaUserId\")) or make them "
                                                        + "agree (createUser, getUser and updateUser set CamelOktaUserId)";

    /** The property holding the body that the routes give the second call, none when absent. */
    private static final String NEXT_BODY = "nextBody";

    @BeforeEach
    void oktaCreatesAndHoldsGraceAndAda() throws Exception {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), okJson(user(GRACE_ID, "Grace", "grace@example.com")));
        givenOkta(get(urlEqualTo(GRACE_PATH)), okJson(user(GRACE_ID, "Grace", "grace@example.com")));
        givenOkta(post(urlEqualTo(GRACE_PATH)), okJson(user(GRACE_ID, "Grace", "grace@example.com")));
        givenOkta(get(urlPathMatching("/api/v1/users/ada.*")), okJson(user("00uAda00000000000001", "Ada", "ada@example.com")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String then : new String[] { "getUser", "updateUser" }) {
                    for (boolean throwing : new boolean[] { false, true }) {
                        from("direct:create-then-" + then + (throwing ? "-throwing" : ""))
                                .to(oktaUri("createUser"))
                                .choice().when(exchangeProperty(NEXT_BODY).isNotNull())
                                    .setBody(exchangeProperty(NEXT_BODY))
                                .end()
                                .to(oktaUri(then, "throwExceptionOnFailure=" + throwing));
                    }
                }
            }
        });
    }

    @Test
    void aGetUserWhoseBodyNamesAdaAfterCreatingGraceIsRefused() {
        Exchange exchange = createGraceThen("direct:create-then-getUser", "{\"user_id\": \"ada@example.com\"}");

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).isEqualTo(GRACE_OR_ADA_CONFLICT.formatted("getUser"));
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertOnlyTheCreateReachedOkta();
    }

    @Test
    void anUpdateUserWhoseBodyNamesAdaAfterCreatingGraceIsRefused() {
        Exchange exchange = createGraceThen("direct:create-then-updateUser",
                Map.of("user_id", "ada@example.com", "last_name", "King"));

        assertThat(userResult(exchange).getError()).isEqualTo(GRACE_OR_ADA_CONFLICT.formatted("updateUser"));
        assertOnlyTheCreateReachedOkta();
    }

    @ParameterizedTest(name = "okta:{0}")
    @ValueSource(strings = { "getUser", "updateUser" })
    void theConflictThrowsOktaInputExceptionWhenAsked(String then) {
        Map<String, Object> body = then.equals("getUser") ? Map.of("user_id", "ada@example.com")
                : Map.of("user_id", "ada@example.com", "last_name", "King");
        Exchange exchange = createGraceThen("direct:create-then-" + then + "-throwing", body);

        assertThat(exchange.getException()).isInstanceOf(OktaInputException.class)
                .hasMessage(GRACE_OR_ADA_CONFLICT.formatted(then));
        assertOnlyTheCreateReachedOkta();
    }

    @Test
    void aGetUserWithAnEmptyBodyReadsTheUserJustCreated() {
        Exchange exchange = createGraceThen("direct:create-then-getUser", "");

        assertThat(userResult(exchange).getUser().getId()).isEqualTo(GRACE_ID);
        OKTA.verify(1, getRequestedFor(urlEqualTo(GRACE_PATH)));
    }

    @Test
    void theEarlierResultInTheBodyIsNotInputSoTheHeaderNamesTheUser() {
        Exchange exchange = createGraceThen("direct:create-then-getUser", null);

        assertThat(userResult(exchange).getUser().getId()).isEqualTo(GRACE_ID);
        OKTA.verify(1, getRequestedFor(urlEqualTo(GRACE_PATH)));
    }

    @Test
    void aBodyThatNamesTheSameUserAsTheHeaderIsFine() {
        Exchange exchange = createGraceThen("direct:create-then-updateUser",
                Map.of("user_id", " " + GRACE_ID + " ", "last_name", "Hopper-Murray"));

        assertThat(userResult(exchange).isSuccess()).isTrue();
        OKTA.verify(1, postRequestedFor(urlEqualTo(GRACE_PATH)));
    }

    @Test
    void aCreateWhoseEmailHeaderAndBodyDisagreeIsRefusedNamingBoth() {
        Exchange exchange = call(oktaUri("createUser", "throwExceptionOnFailure=true"),
                Map.of("first_name", "Ada", "last_name", "Lovelace", "login", "ada@example.com",
                        "email", "ada@example.com\r\nINFO forged"),
                Map.of(OktaConstants.EMAIL, "grace@example.com"));

        assertThat(exchange.getException()).isInstanceOf(OktaInputException.class)
                .hasMessage("Conflicting email for okta:createUser: header CamelOktaEmail is 'grace@example.com' but the "
                            + "body has 'ada@example.com\\r\\nINFO forged'; remove the header "
                            + "(e.g. .removeHeader(\"CamelOktaEmail\")) or make them agree");
        assertOneLine(exchange.getException().getMessage());
        verifyNoOktaCall();
    }

    @Test
    void aCreateWhoseEmailHeaderAndBodyDisagreeIsAFailedResultByDefault() {
        Exchange exchange = call(oktaUri("createUser"), Map.of("email", "ada@example.com"),
                Map.of(OktaConstants.FIRST_NAME, "Ada", OktaConstants.LAST_NAME, "Lovelace",
                        OktaConstants.LOGIN, "ada@example.com", OktaConstants.EMAIL, "grace@example.com"));

        assertThat(userResult(exchange).getError()).startsWith("Conflicting email for okta:createUser: header "
                                                               + "CamelOktaEmail is 'grace@example.com' but the body has "
                                                               + "'ada@example.com'");
        verifyNoOktaCall();
    }

    @Test
    void activateInTheHeaderAndTheBodyMustBeTheSameBoolean() {
        Map<String, Object> body = Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com",
                "login", "ada@example.com", "activate", true);

        Exchange same = call(oktaUri("createUser"), body, Map.of(OktaConstants.ACTIVATE, " TRUE "));
        assertThat(userResult(same).isSuccess()).isTrue();
        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users?activate=true")));

        Exchange different = call(oktaUri("createUser"), body, Map.of(OktaConstants.ACTIVATE, "false"));
        assertThat(userResult(different).getError()).startsWith("Conflicting activate for okta:createUser: header "
                                                                + "CamelOktaActivate is 'false' but the body has 'true'");
        assertThat(OKTA.getAllServeEvents()).as("no second request").hasSize(1);
    }

    /** Creates Grace, then sends the route's second call the given body, or the create's result when null. */
    private Exchange createGraceThen(String route, Object nextBody) {
        return template.send(route, exchange -> {
            exchange.getMessage().setBody(CREATE_GRACE);
            if (nextBody != null) {
                exchange.setProperty(NEXT_BODY, nextBody);
            }
        });
    }

    /** The create, and nothing for Grace or Ada. */
    private static void assertOnlyTheCreateReachedOkta() {
        OKTA.verify(1, postRequestedFor(urlEqualTo("/api/v1/users?activate=true")));
        OKTA.verify(0, anyRequestedFor(urlPathMatching("/api/v1/users/.+")));
        assertThat(OKTA.getAllServeEvents()).hasSize(1);
    }

    private static String user(String id, String firstName, String email) {
        return """
                {"id": "%s", "status": "ACTIVE", "created": "2026-01-01T00:00:00.000Z",
                 "profile": {"firstName": "%s", "lastName": "Hopper", "email": "%s", "login": "%s"}}"""
                .formatted(id, firstName, email, email);
    }
}
