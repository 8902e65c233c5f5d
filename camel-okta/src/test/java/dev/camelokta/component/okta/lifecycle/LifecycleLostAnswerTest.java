package dev.camelokta.component.okta.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaDeleteUserResult;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Lost answers, with Okta's state played by WireMock scenarios: a lifecycle call whose answer is lost and whose retry
 * meets the state the lost attempt made is a success, never an escalation; deleteUser's DELETE is never retried
 * blindly, since Okta's second DELETE deletes what the first only deactivated.
 */
class LifecycleLostAnswerTest extends OktaTestSupport {

    private static final String ID = "00ub0oNGTSWTBKOLGLNR";
    private static final String USER = "/api/v1/users/" + ID;
    private static final String MOVED = "moved";

    @ParameterizedTest(name = "{0}: lost answer, then the retry meets {3}")
    @CsvSource(delimiter = ';', value = {
            "activateUser; activate?sendEmail=true; STAGED; PROVISIONED; 403; E0000016",
            "reactivateUser; reactivate?sendEmail=false; RECOVERY; PROVISIONED; 200; ",
            "deactivateUser; deactivate?sendEmail=false; ACTIVE; DEPROVISIONED; 404; E0000007",
            "suspendUser; suspend; ACTIVE; SUSPENDED; 400; E0000001",
            "unsuspendUser; unsuspend; SUSPENDED; ACTIVE; 400; E0000001",
            "unlockUser; unlock; LOCKED_OUT; ACTIVE; 200; ",
            "expirePassword; expire_password; ACTIVE; PASSWORD_EXPIRED; 200; ",
            "resetPassword; reset_password?sendEmail=true; ACTIVE; RECOVERY; 200; " })
    void aRetryAfterALostAnswerThatMeetsTheTargetStateIsASuccess(String operation, String lifecycle, String from,
                                                                  String to, int retryStatus, String retryError) {
        String transition = USER + "/lifecycle/" + lifecycle;
        inState(STARTED, get(urlEqualTo(USER)), user(from));
        inState(STARTED, post(urlEqualTo(transition)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), MOVED);
        inState(MOVED, get(urlEqualTo(USER)), user(to));
        inState(MOVED, post(urlEqualTo(transition)), retryError == null
                ? oktaAnswer(retryStatus).withBody(operation.equals("expirePassword") ? userJson(to) : "{}")
                : error(retryStatus, retryError));

        Exchange exchange = call(oktaUri(operation, "maxRetries=1"), ID);

        OktaLifecycleResult result = exchange.getMessage().getBody(OktaLifecycleResult.class);
        assertThat(result.getError()).isNull();
        assertThat(result.getUser().getStatus()).isEqualTo(to);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_STATUS)).isEqualTo(to);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_IN_STATE)).isEqualTo(false);
        assertThat(OKTA.countRequestsMatching(post(urlEqualTo(transition)).build().getRequest()).getCount())
                .as("the lost attempt and one retry").isEqualTo(2);
    }

    @Test
    void noAnswerAtAllThenAUserInTheTargetStateIsASuccess() {
        String transition = USER + "/lifecycle/deactivate?sendEmail=false";
        inState(STARTED, get(urlEqualTo(USER)), user("ACTIVE"));
        inState(STARTED, post(urlEqualTo(transition)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), MOVED);
        inState(MOVED, get(urlEqualTo(USER)), user("DEPROVISIONED"));

        Exchange exchange = call(oktaUri("deactivateUser", "maxRetries=0"), ID);

        assertThat(exchange.getMessage().getBody(OktaLifecycleResult.class).getUser().getStatus())
                .isEqualTo("DEPROVISIONED");
    }

    @Test
    void noAnswerAtAllThenAUserNotInTheTargetStateIsTheFailure() {
        inState(STARTED, get(urlEqualTo(USER)), user("ACTIVE"));
        inState(STARTED, post(urlPathEqualTo(USER + "/lifecycle/suspend")),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Exchange exchange = call(oktaUri("suspendUser", "maxRetries=0"), ID);

        assertThat(exchange.getMessage().getBody(OktaLifecycleResult.class).getError())
                .startsWith("Okta POST /api/v1/users/" + ID + "/lifecycle/suspend: the connection failed");
    }

    @Test
    void aLostDeleteIsNeverResentBlindlyAndAUserFoundGoneIsDeleted() {
        inState(STARTED, get(urlEqualTo(USER)), user("DEPROVISIONED"));
        inState(STARTED, delete(urlEqualTo(USER)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "deleted");
        inState("deleted", get(urlEqualTo(USER)), error(404, "E0000007"));
        inState("deleted", delete(urlEqualTo(USER)), error(404, "E0000007"));

        Exchange exchange = call(oktaUri("deleteUser", "maxRetries=4"), ID);

        OktaDeleteUserResult result = exchange.getMessage().getBody(OktaDeleteUserResult.class);
        assertThat(result.getError()).isNull();
        assertThat(result.isDeleted()).isTrue();
        assertThat(calls()).containsExactly("GET " + USER, "DELETE " + USER, "GET " + USER);
    }

    /** The escalation the issue forbids: a second DELETE to a user who is not DEPROVISIONED deactivates or deletes it. */
    @Test
    void aLostDeleteIsNeverRetriedAgainstAUserWhoIsNoLongerDeprovisioned() {
        inState(STARTED, get(urlEqualTo(USER)), user("DEPROVISIONED"));
        // lost, and meanwhile the user was reactivated: a retried DELETE would now deactivate an ACTIVE user
        inState(STARTED, delete(urlEqualTo(USER)), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "active");
        inState("active", get(urlEqualTo(USER)), user("ACTIVE"));
        inState("active", delete(urlEqualTo(USER)), oktaAnswer(204));

        Exchange exchange = call(oktaUri("deleteUser", "maxRetries=4"), ID);

        OktaDeleteUserResult result = exchange.getMessage().getBody(OktaDeleteUserResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("deleteUser did not delete user " + ID + ": it is ACTIVE after a DELETE "
                                                 + "that failed");
        OKTA.verify(1, deleteRequestedFor(urlEqualTo(USER)));
    }

    @Test
    void aDeleteThatOktaDidNotProcessIsSentAgainOnlyAfterTheUserIsReadDeprovisioned() {
        inState(STARTED, get(urlEqualTo(USER)), user("DEPROVISIONED"));
        inState(STARTED, delete(urlEqualTo(USER)), error(503, "E0000010"), "unavailable");
        inState("unavailable", get(urlEqualTo(USER)), user("DEPROVISIONED"));
        inState("unavailable", delete(urlEqualTo(USER)), oktaAnswer(204), "deleted");

        Exchange exchange = call(oktaUri("deleteUser", "maxRetries=4"), ID);

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).isDeleted()).isTrue();
        assertThat(calls()).containsExactly("GET " + USER, "DELETE " + USER, "GET " + USER, "DELETE " + USER);
    }

    @Test
    void aDeleteRefusedForTheRateLimitIsRetriedAsUsualSinceOktaDidNotProcessIt() {
        Instant now = Instant.now();
        inState(STARTED, get(urlEqualTo(USER)), user("DEPROVISIONED"));
        inState(STARTED, delete(urlEqualTo(USER)), error(429, "E0000047")
                .withHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
                .withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(now.getEpochSecond() + 1)), "reset");
        inState("reset", delete(urlEqualTo(USER)), oktaAnswer(204));

        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> call(oktaUri("deleteUser", "maxRetries=4"), ID));

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).isDeleted()).isTrue();
        assertThat(calls()).containsExactly("GET " + USER, "DELETE " + USER, "DELETE " + USER);
    }

    @Test
    void deactivateTrueDeactivatesReadsThenDeletes() {
        inState(STARTED, get(urlEqualTo(USER)), user("ACTIVE"));
        inState(STARTED, post(urlEqualTo(USER + "/lifecycle/deactivate")), oktaAnswer(200).withBody("{}"), MOVED);
        inState(MOVED, get(urlEqualTo(USER)), user("DEPROVISIONED"));
        inState(MOVED, delete(urlEqualTo(USER)), oktaAnswer(204), "deleted");

        Exchange exchange = call(oktaUri("deleteUser"), Map.of("user_id", ID, "deactivate", true));

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).isDeleted()).isTrue();
        assertThat(calls()).containsExactly("GET " + USER, "POST " + USER + "/lifecycle/deactivate", "GET " + USER,
                "DELETE " + USER);
    }

    @Test
    void withoutDeactivateAnActiveUserGetsNoDeleteAtAll() {
        inState(STARTED, get(urlEqualTo(USER)), user("ACTIVE"));

        Exchange exchange = call(oktaUri("deleteUser"), ID);

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).getError())
                .contains("user " + ID + " is ACTIVE");
        assertThat(calls()).containsExactly("GET " + USER);
    }

    private static void inState(String state, MappingBuilder request, ResponseDefinitionBuilder answer) {
        inState(state, request, answer, null);
    }

    private static void inState(String state, MappingBuilder request, ResponseDefinitionBuilder answer, String next) {
        ScenarioMappingBuilder stub = request.inScenario("okta").whenScenarioStateIs(state);
        OKTA.stubFor((next == null ? stub : stub.willSetStateTo(next)).willReturn(answer));
    }

    private static ResponseDefinitionBuilder user(String status) {
        return oktaAnswer(200).withHeader("Content-Type", "application/json").withBody(userJson(status));
    }

    private static String userJson(String status) {
        return OktaFixtures.read("user.json").replace("\"status\": \"ACTIVE\"", "\"status\": \"" + status + "\"");
    }

    private static ResponseDefinitionBuilder error(int status, String code) {
        return oktaAnswer(status).withHeader("Content-Type", "application/json")
                .withBody("{\"errorCode\": \"" + code + "\", \"errorSummary\": \"Okta's summary\", \"errorLink\": \""
                          + code + "\", \"errorId\": \"oae1\", \"errorCauses\": []}");
    }

    /** The requests Okta received, first first. */
    private static List<String> calls() {
        List<ServeEvent> events = new ArrayList<>(OKTA.getAllServeEvents());
        Collections.reverse(events);
        return events.stream().map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl().split("\\?")[0])
                .toList();
    }
}
