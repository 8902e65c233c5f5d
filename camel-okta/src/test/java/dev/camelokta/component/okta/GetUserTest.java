package dev.camelokta.component.okta;

import java.util.Map;

import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertCallHeaders;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static dev.camelokta.component.okta.support.OktaAssertions.assertUserMapped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * getUser: GET /api/v1/users/{id} with the id as one encoded path segment, and the search by email after a 404.
 */
class GetUserTest extends OktaTestSupport {

    private static final String ISAAC_ID = "00ub0oNGTSWTBKOLGLNR";
    private static final String BEN_EMAIL = "ben.richler@example.com";
    private static final String BEN_EMAIL_PATH = "/api/v1/users/ben.richler%40example.com";

    private Exchange getUser(String userId) {
        return call(oktaUri("getUser", "maxRetries=0"), null, Map.of(OktaConstants.USER_ID, userId));
    }

    @Test
    void sendsOneGetWithoutBodyOrContentType() {
        givenOkta(get(urlEqualTo("/api/v1/users/" + ISAAC_ID)), oktaJson(200, "user.json"));

        getUser(ISAAC_ID);

        assertOnlyRequest(withOktaHeaders(getRequestedFor(urlEqualTo("/api/v1/users/" + ISAAC_ID)))
                .withoutHeader("Content-Type"));
        assertThat(OKTA.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    }

    @Test
    void mapsOktasUserIntoTheResultAndHeaders() {
        givenOkta(get(urlEqualTo("/api/v1/users/" + ISAAC_ID)), oktaJson(200, "user.json"));

        Exchange exchange = getUser(ISAAC_ID);

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.getError()).isNull();
        assertUserMapped(result.getUser(), OktaFixtures.object("user.json"));
        assertCallHeaders(exchange, true, 200);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo(ISAAC_ID);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a/b              | /api/v1/users/a%2Fb",
            "../groups        | /api/v1/users/..%2Fgroups",
            "x?y              | /api/v1/users/x%3Fy",
            "a#b              | /api/v1/users/a%23b",
            "a+b@x.com        | /api/v1/users/a%2Bb%40x.com",
            "'with space'     | /api/v1/users/with%20space" })
    void encodesTheIdAsExactlyOnePathSegment(String userId, String encodedUrl) {
        givenOkta(get(urlEqualTo(encodedUrl)), oktaJson(200, "user.json"));

        Exchange exchange = getUser(userId);

        assertThat(userResult(exchange).isSuccess()).isTrue();
        assertOnlyRequest(getRequestedFor(urlEqualTo(encodedUrl)));
        assertThat(OKTA.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo(encodedUrl);
    }

    @Test
    void findsAnEmailThatIsNotALoginWithOneSearch() {
        givenOkta(get(urlEqualTo(BEN_EMAIL_PATH)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));

        Exchange exchange = getUser(BEN_EMAIL);

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.getUser().getId()).isEqualTo("00u1xke1apZnmHgpB1d7");
        assertThat(result.getUser().getProfile()).containsEntry("login", "ben.richler");
        assertCallHeaders(exchange, true, 200);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo("00u1xke1apZnmHgpB1d7");
        OKTA.verify(1, getRequestedFor(urlEqualTo(BEN_EMAIL_PATH)));
        OKTA.verify(1, withOktaHeaders(getRequestedFor(urlPathEqualTo("/api/v1/users")))
                .withQueryParam("search", equalTo("profile.email eq \"ben.richler@example.com\"")));
        assertThat(OKTA.getAllServeEvents()).hasSize(2);
    }

    @Test
    void escapesQuotesAndBackslashesOfTheEmailInTheSearch() {
        String email = "o\"brien\\x@example.com";
        givenOkta(get(urlPathEqualTo("/api/v1/users/" + "o%22brien%5Cx%40example.com")),
                oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));

        Exchange exchange = getUser(email);

        assertThat(userResult(exchange).isSuccess()).isTrue();
        OKTA.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withQueryParam("search", equalTo("profile.email eq \"o\\\"brien\\\\x@example.com\"")));
    }

    @Test
    void listsTheLoginsWhenSeveralUsersHaveTheEmail() {
        givenOkta(get(urlEqualTo("/api/v1/users/engineering%40example.com")),
                oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-two.json"));

        Exchange exchange = getUser("engineering@example.com");

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUser()).isNull();
        assertThat(result.getError()).isEqualTo("Several Okta users have the email engineering@example.com "
                                                + "(logins: ben.richler, janice.benson): give the user id or the login instead");
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertThat(OKTA.getAllServeEvents()).hasSize(2);
    }

    @Test
    void keepsTheOriginal404WhenNoUserHasTheEmail() {
        givenOkta(get(urlEqualTo("/api/v1/users/nobody%40example.com")),
                oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-none.json"));

        Exchange exchange = getUser("nobody@example.com");

        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).isEqualTo("HTTP 404 E0000007 Not found: Resource not found: nobody@example.com (User)");
        assertCallHeaders(exchange, false, 404);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ERROR_CODE)).isEqualTo("E0000007");
        assertThat(OKTA.getAllServeEvents()).hasSize(2);
    }

    @Test
    void searchesNoEmailForAnIdThatIsNotFound() {
        givenOkta(get(urlEqualTo("/api/v1/users/00u1xke1apZnmHgpB1d7")), oktaJson(404, "error-404-not-found.json"));

        Exchange exchange = getUser("00u1xke1apZnmHgpB1d7");

        assertThat(userResult(exchange).getError())
                .isEqualTo("HTTP 404 E0000007 Not found: Resource not found: 00u1xke1apZnmHgpB1d7 (User)");
        assertOnlyRequest(getRequestedFor(urlEqualTo("/api/v1/users/00u1xke1apZnmHgpB1d7")));
    }
}
