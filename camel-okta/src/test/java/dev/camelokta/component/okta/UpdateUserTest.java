package dev.camelokta.component.okta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertCallHeaders;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static dev.camelokta.component.okta.support.OktaAssertions.assertUserMapped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * updateUser: one partial POST without a type change; GET, merge and PUT guarded by the ETag with one.
 */
class UpdateUserTest extends OktaTestSupport {

    private static final String ISAAC = "/api/v1/users/00ub0oNGTSWTBKOLGLNR";
    private static final String BEN = "/api/v1/users/00u1xke1apZnmHgpB1d7";
    private static final String BEN_BY_EMAIL = "/api/v1/users/ben.richler%40example.com";
    private static final String NEW_TYPE = "otyfnly5cQjJT9PnR0g4";
    private static final String ETAG = "W/\"1718192021000\"";

    private Exchange updateUser(String userId, Map<String, Object> changes) {
        return call(oktaUri("updateUser", "maxRetries=0"), changes, Map.of(OktaConstants.USER_ID, userId));
    }

    @Test
    void withoutTypeIdSendsOnePartialPostWithTheGivenFieldsOnly() {
        givenOkta(post(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        Exchange exchange = updateUser("00ub0oNGTSWTBKOLGLNR", Map.of("mobile_phone", "+1-555-415-9999"));

        assertOnlyRequest(withOktaHeaders(postRequestedFor(urlEqualTo(ISAAC)))
                .withHeader("Content-Type", matching("application/json(;.*)?"))
                .withHeader("If-Match", absent())
                .withRequestBody(equalToJson("{\"profile\": {\"mobilePhone\": \"+1-555-415-9999\"}}")));
        OktaUserResult result = userResult(exchange);
        assertThat(result.isSuccess()).isTrue();
        assertUserMapped(result.getUser(), OktaFixtures.object("user-updated.json"));
        assertCallHeaders(exchange, true, 200);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo("00ub0oNGTSWTBKOLGLNR");
    }

    @Test
    void withTypeIdGetsMergesAndPutsGuardedByTheEtag() {
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json").withHeader("ETag", ETAG));
        givenOkta(put(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        Exchange exchange = updateUser("00ub0oNGTSWTBKOLGLNR",
                Map.of("type_id", NEW_TYPE, "mobile_phone", "+1-555-415-9999", "first_name", "Isaac J."));

        assertThat(userResult(exchange).getUser().getType().getId()).isEqualTo(NEW_TYPE);
        assertThat(requestsInOrder()).containsExactly("GET " + ISAAC, "PUT " + ISAAC);
        Map<String, Object> merged = profileOf(OktaFixtures.object("user.json"),
                Map.of("mobilePhone", "+1-555-415-9999", "firstName", "Isaac J."));
        OKTA.verify(1, withOktaHeaders(putRequestedFor(urlEqualTo(ISAAC)))
                .withHeader("If-Match", equalTo(ETAG))
                .withHeader("Content-Type", matching("application/json(;.*)?"))
                .withRequestBody(equalToJson(replaceBody(merged, NEW_TYPE))));
    }

    @Test
    void withTypeIdSendsNoIfMatchWhenTheGetHadNoEtag() {
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json"));
        givenOkta(put(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"));

        updateUser("00ub0oNGTSWTBKOLGLNR", Map.of("type_id", NEW_TYPE));

        OKTA.verify(1, putRequestedFor(urlEqualTo(ISAAC)).withHeader("If-Match", absent())
                .withRequestBody(equalToJson(replaceBody(profileOf(OktaFixtures.object("user.json"), Map.of()), NEW_TYPE))));
    }

    @Test
    void partialUpdateByAnEmailThatIsNotALoginFindsTheUserFirst() {
        givenOkta(post(urlEqualTo(BEN_BY_EMAIL)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));
        givenOkta(post(urlEqualTo(BEN)), oktaJson(200, "user-updated.json"));

        Exchange exchange = updateUser("ben.richler@example.com", Map.of("last_name", "Richler-Smith"));

        assertThat(userResult(exchange).isSuccess()).isTrue();
        assertThat(requestsInOrder()).containsExactly("POST " + BEN_BY_EMAIL,
                "GET /api/v1/users?search=profile.email%20eq%20%22ben.richler%40example.com%22", "POST " + BEN);
        OKTA.verify(1, postRequestedFor(urlEqualTo(BEN))
                .withRequestBody(equalToJson("{\"profile\": {\"lastName\": \"Richler-Smith\"}}")));
    }

    @Test
    void typeChangeByAnEmailThatIsNotALoginMergesIntoTheUserReadById() {
        Map<String, Object> benNow = OktaFixtures.array("users-search-one.json").get(0);
        benNow.put("profile", profileOf(benNow, Map.of("department", "Research"))); // the search lags behind
        givenOkta(get(urlEqualTo(BEN_BY_EMAIL)), oktaJson(404, "error-404-email-not-found.json"));
        givenOkta(get(urlPathEqualTo("/api/v1/users")), oktaJson(200, "users-search-one.json"));
        givenOkta(get(urlEqualTo(BEN)), oktaAnswer(200).withHeader("ETag", ETAG).withBody(OktaJson.write(benNow)));
        givenOkta(put(urlEqualTo(BEN)), oktaJson(200, "user-updated.json"));

        Exchange exchange = updateUser("ben.richler@example.com", Map.of("type_id", NEW_TYPE));

        assertThat(userResult(exchange).isSuccess()).isTrue();
        assertThat(requestsInOrder()).containsExactly("GET " + BEN_BY_EMAIL,
                "GET /api/v1/users?search=profile.email%20eq%20%22ben.richler%40example.com%22", "GET " + BEN, "PUT " + BEN);
        // Okta's example answer has "secondEmail": "", which its request schema refuses: it goes back as null
        Map<String, Object> sentBack = profileOf(benNow, Map.of());
        assertThat(sentBack).containsEntry("secondEmail", "");
        sentBack.put("secondEmail", null);
        OKTA.verify(1, putRequestedFor(urlEqualTo(BEN)).withHeader("If-Match", equalTo(ETAG))
                .withRequestBody(equalToJson(replaceBody(sentBack, NEW_TYPE))));
    }

    @Test
    void refusesAnUpdateWithNothingToChangeWithoutCallingOkta() {
        Exchange exchange = updateUser("00ub0oNGTSWTBKOLGLNR", Map.of());

        assertThat(userResult(exchange).getError()).startsWith("Nothing to change for okta:updateUser");
        verifyNoOktaCall();
    }

    /** The requests Okta received, first first, as "METHOD url". */
    private static List<String> requestsInOrder() {
        List<ServeEvent> events = new ArrayList<>(OKTA.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList();
    }

    /** The profile of an Okta user with the given attributes replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> profileOf(Map<String, Object> user, Map<String, Object> replaced) {
        Map<String, Object> profile = new LinkedHashMap<>((Map<String, Object>) user.get("profile"));
        profile.putAll(replaced);
        return profile;
    }

    private static String replaceBody(Map<String, Object> profile, String typeId) {
        return OktaJson.write(Map.of("profile", profile, "type", Map.of("id", typeId)));
    }
}
