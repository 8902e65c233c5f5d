package dev.camelokta.component.okta.lifecycle;

import java.util.Map;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaDeleteUserResult;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.support.ContractSchemas;
import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.OktaSandboxExtension;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle operations against the sandbox and its status machine: every transition Okta allows, every one it
 * refuses (a failure naming the user's status), each repeated (a success, already in state), and deleteUser.
 */
class LifecycleSandboxTest extends OktaTestSupport {

    @RegisterExtension
    static final OktaSandboxExtension SANDBOX = new OktaSandboxExtension();

    private static final String LOGIN = "ada@example.com";

    @ParameterizedTest(name = "{0} moves a {1} user to {2}")
    @CsvSource({
            "activateUser, STAGED, PROVISIONED",
            "activateUser, DEPROVISIONED, PROVISIONED",
            "reactivateUser, PROVISIONED, PROVISIONED",
            "reactivateUser, RECOVERY, PROVISIONED",
            "deactivateUser, ACTIVE, DEPROVISIONED",
            "deactivateUser, STAGED, DEPROVISIONED",
            "deactivateUser, SUSPENDED, DEPROVISIONED",
            "deactivateUser, LOCKED_OUT, DEPROVISIONED",
            "suspendUser, ACTIVE, SUSPENDED",
            "unsuspendUser, SUSPENDED, ACTIVE",
            "unlockUser, LOCKED_OUT, ACTIVE",
            "expirePassword, ACTIVE, PASSWORD_EXPIRED",
            "resetPassword, ACTIVE, RECOVERY",
            "resetPassword, PASSWORD_EXPIRED, RECOVERY",
            "resetPassword, LOCKED_OUT, RECOVERY" })
    void anAllowedTransitionMovesTheUser(String operation, String from, String to) {
        String id = userIn(from);

        Exchange exchange = lifecycle(operation, LOGIN);

        OktaLifecycleResult result = succeeded(exchange);
        assertThat(result.getUser().getStatus()).isEqualTo(to);
        assertThat(result.getUser().getId()).isEqualTo(id);
        assertThat(sandbox().findUser(id).orElseThrow().status().name()).isEqualTo(to);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_STATUS)).isEqualTo(to);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo(id);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_IN_STATE)).isEqualTo(from.equals(to));
    }

    @ParameterizedTest(name = "{0} of a {1} user fails naming the status: {2}")
    @CsvSource({
            "activateUser, SUSPENDED, HTTP 403 E0000016",
            "reactivateUser, ACTIVE, HTTP 403 E0000038",
            "suspendUser, STAGED, HTTP 400 E0000001 Api validation failed: suspendUser (Cannot suspend a user that is not active)",
            "suspendUser, DEPROVISIONED, HTTP 400 E0000001",
            "unsuspendUser, STAGED, HTTP 400 E0000001 Api validation failed: unsuspendUser",
            "unlockUser, STAGED, HTTP 403 E0000032",
            "expirePassword, STAGED, HTTP 403 E0000038",
            "resetPassword, STAGED, HTTP 403 E0000038" })
    void aTransitionOktaRefusesIsAFailureNamingTheStatus(String operation, String from, String okta) {
        String id = userIn(from);

        Exchange exchange = lifecycle(operation, LOGIN);

        assertValidResult(exchange);
        OktaLifecycleResult result = exchange.getMessage().getBody(OktaLifecycleResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("failed for user " + id + " whose status is " + from + ": " + okta);
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertThat(sandbox().findUser(id).orElseThrow().status().name()).as("unchanged").isEqualTo(from);
    }

    @ParameterizedTest(name = "{0} twice: the second finds the user {1}")
    @CsvSource({
            "activateUser, STAGED, PROVISIONED, true",
            "reactivateUser, PROVISIONED, PROVISIONED, false",
            "deactivateUser, ACTIVE, DEPROVISIONED, true",
            "suspendUser, ACTIVE, SUSPENDED, true",
            "unsuspendUser, SUSPENDED, ACTIVE, true",
            "unlockUser, LOCKED_OUT, ACTIVE, true",
            "expirePassword, ACTIVE, PASSWORD_EXPIRED, true",
            "resetPassword, ACTIVE, RECOVERY, false" })
    void eachOperationRepeatedIsASuccess(String operation, String from, String to, boolean skipped) {
        userIn(from);
        succeeded(lifecycle(operation, LOGIN));
        long before = sandbox().counters().requests(Bucket.OTHER);

        Exchange again = lifecycle(operation, LOGIN);

        assertThat(succeeded(again).getUser().getStatus()).isEqualTo(to);
        assertThat(again.getMessage().getHeader(OktaConstants.ALREADY_IN_STATE)).isEqualTo(true);
        assertThat(sandbox().counters().requests(Bucket.OTHER) - before)
                .as(skipped ? "no lifecycle call" : "sent again, for a new link").isEqualTo(skipped ? 0 : 1);
    }

    @Test
    void aLeaversFileRunTwiceIsNoReportOfFailures() {
        userIn("ACTIVE");
        for (int run = 0; run < 2; run++) {
            assertThat(succeeded(lifecycle("deactivateUser", LOGIN)).getUser().getStatus()).isEqualTo("DEPROVISIONED");
            assertThat(succeeded(lifecycle("clearUserSessions", LOGIN)).getUser().getStatus()).isEqualTo("DEPROVISIONED");
        }
    }

    @Test
    void clearUserSessionsRevokesByIdAfterFindingTheUserByEmail() {
        String id = userIn("ACTIVE");

        Exchange exchange = lifecycle("clearUserSessions", LOGIN);

        assertThat(succeeded(exchange).getUser().getId()).isEqualTo(id);
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(204);
    }

    @Test
    void theActivationLinkIsInTheBodyOnlyNeverInALogLineOrAHeader() {
        userIn("STAGED");
        Exchange exchange;
        String logs;
        try (LogCapture capture = LogCapture.open().at(Level.TRACE, "org.apache.hc", "dev.camelokta", "org.apache.camel")) {
            exchange = call(uri("activateUser"), Map.of("user_id", LOGIN, "send_email", false));
            logs = capture.text();
        }

        OktaLifecycleResult result = succeeded(exchange);
        assertThat(result.getActivationUrl()).contains("/tokens/" + result.getActivationToken() + "/verify");
        assertThat(exchange.getMessage().getBody(String.class)).contains(result.getActivationToken());
        assertThat(logs).contains("lifecycle/activate").doesNotContain(result.getActivationToken());
        assertThat(exchange.getMessage().getHeaders().values()).allSatisfy(value ->
                assertThat(String.valueOf(value)).doesNotContain(result.getActivationToken()));
    }

    @Test
    void theResetLinkIsInTheBodyOnlyNeverInALogLineOrAHeader() {
        userIn("ACTIVE");
        Exchange exchange;
        String logs;
        try (LogCapture capture = LogCapture.open().at(Level.TRACE, "org.apache.hc", "dev.camelokta", "org.apache.camel")) {
            exchange = call(uri("resetPassword"), Map.of("user_id", LOGIN, "send_email", false));
            logs = capture.text();
        }

        String link = succeeded(exchange).getResetPasswordUrl();
        assertThat(link).contains("/signin/reset-password/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(logs).contains("lifecycle/reset_password").doesNotContain(token);
        assertThat(exchange.getMessage().getHeaders().values()).allSatisfy(value ->
                assertThat(String.valueOf(value)).doesNotContain(token));
    }

    @Test
    void withSendEmailTheResultHoldsNoLink() {
        userIn("STAGED");

        OktaLifecycleResult result = succeeded(lifecycle("activateUser", LOGIN));

        assertThat(result.getActivationUrl()).isNull();
        assertThat(result.toString()).doesNotContain("activationUrl");
    }

    @Test
    void deleteUserRefusesAUserWhoIsNotDeprovisionedBeforeAnyChange() {
        String id = userIn("ACTIVE");
        long updates = sandbox().counters().requests(Bucket.UPDATE_USER);

        Exchange exchange = lifecycle("deleteUser", LOGIN);

        assertValidResult(exchange);
        OktaDeleteUserResult result = exchange.getMessage().getBody(OktaDeleteUserResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).isEqualTo("deleteUser deletes only a DEPROVISIONED user, and user " + id
                                                + " is ACTIVE: deactivate it first (deactivateUser), or set "
                                                + "deactivate=true to deactivate and then delete it");
        assertThat(sandbox().findUser(id).orElseThrow().status().name()).isEqualTo("ACTIVE");
        assertThat(sandbox().counters().requests(Bucket.UPDATE_USER)).isEqualTo(updates);
    }

    @Test
    void deleteUserDeletesADeprovisionedUser() {
        String id = userIn("DEPROVISIONED");

        Exchange exchange = lifecycle("deleteUser", LOGIN);

        assertValidResult(exchange);
        OktaDeleteUserResult result = exchange.getMessage().getBody(OktaDeleteUserResult.class);
        assertThat(result.getError()).isNull();
        assertThat(result.isDeleted()).isTrue();
        assertThat(result.getUser().getId()).isEqualTo(id);
        assertThat(sandbox().findUser(id)).isEmpty();
    }

    @Test
    void deleteUserWithDeactivateDeactivatesThenDeletes() {
        String id = userIn("ACTIVE");

        Exchange exchange = call(uri("deleteUser"), Map.of("user_id", LOGIN, "deactivate", true));

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).isDeleted()).isTrue();
        assertThat(sandbox().findUser(id)).isEmpty();
    }

    @Test
    void aDroppedDeleteIsNotRetriedBlindlyButAfterTheUserIsReadDeprovisioned() {
        String id = userIn("DEPROVISIONED");
        sandbox().dropNextRequests(Bucket.UPDATE_USER, 1);
        long reads = sandbox().counters().requests(Bucket.GET_USER);

        Exchange exchange = call(uri("deleteUser").replace("maxRetries=0", "maxRetries=4"), id);

        assertThat(exchange.getMessage().getBody(OktaDeleteUserResult.class).isDeleted()).isTrue();
        assertThat(sandbox().findUser(id)).isEmpty();
        assertThat(sandbox().counters().droppedConnections()).isEqualTo(1);
        assertThat(sandbox().counters().requests(Bucket.GET_USER) - reads).as("found, then read again").isEqualTo(2);
    }

    @Test
    void aDroppedLifecycleCallIsRetriedAndTheUserMovesOnce() {
        String id = userIn("ACTIVE");
        sandbox().dropNextRequests(Bucket.OTHER, 1);

        Exchange exchange = call(uri("suspendUser").replace("maxRetries=0", "maxRetries=2"), id);

        assertThat(succeeded(exchange).getUser().getStatus()).isEqualTo("SUSPENDED");
        assertThat(sandbox().counters().droppedConnections()).isEqualTo(1);
    }

    @Test
    void deleteUserOfAnUnknownUserIsAFailure() {
        Exchange exchange = lifecycle("deleteUser", "nobody@example.com");

        assertValidResult(exchange);
        OktaDeleteUserResult result = exchange.getMessage().getBody(OktaDeleteUserResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("E0000007");
    }

    /** Ada, in the given status; returns her id. */
    private String userIn(String status) {
        String id;
        if (status.equals("STAGED") || status.equals("PROVISIONED")) {
            Exchange created = call(uri("createUser"), Map.of("first_name", "Ada", "last_name", "Lovelace",
                    "email", LOGIN, "login", LOGIN, "activate", false));
            id = created.getMessage().getHeader(OktaConstants.USER_ID, String.class);
            if (status.equals("PROVISIONED")) {
                succeeded(lifecycle("activateUser", id));
            }
        } else {
            id = sandbox().createUser(Map.of("firstName", "Ada", "lastName", "Lovelace", "email", LOGIN,
                    "login", LOGIN)).id();
            switch (status) {
                case "ACTIVE" -> {
                }
                case "SUSPENDED" -> succeeded(lifecycle("suspendUser", id));
                case "DEPROVISIONED" -> succeeded(lifecycle("deactivateUser", id));
                case "LOCKED_OUT" -> sandbox().lockOut(id);
                case "PASSWORD_EXPIRED" -> succeeded(lifecycle("expirePassword", id));
                case "RECOVERY" -> succeeded(lifecycle("resetPassword", id));
                default -> throw new IllegalArgumentException(status);
            }
        }
        assertThat(sandbox().findUser(id).orElseThrow().status().name()).as("arranged").isEqualTo(status);
        return id;
    }

    private Exchange lifecycle(String operation, String user) {
        return call(uri(operation), user);
    }

    private static String uri(String operation) {
        return "okta:" + operation + "?baseUrl=" + SANDBOX.baseUrl() + "&apiToken=RAW(" + SANDBOX.apiToken() + ")"
               + "&maxRetries=0";
    }

    /** The body's JSON is valid against the operation's output schema in the card's contract. */
    private static void assertValidResult(Exchange exchange) {
        String json = exchange.getMessage().getBody(String.class);
        String uri = exchange.getProperty(Exchange.TO_ENDPOINT, String.class);
        String name = uri.substring("okta://".length(), uri.indexOf('?'));
        ContractSchemas.assertValid(name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT), json);
    }

    private static OktaSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    private static OktaLifecycleResult succeeded(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        assertValidResult(exchange);
        OktaLifecycleResult result = exchange.getMessage().getBody(OktaLifecycleResult.class);
        assertThat(result.getError()).as("error").isNull();
        assertThat(result.isSuccess()).isTrue();
        return result;
    }
}
