package dev.camelokta.sandbox;

import static dev.camelokta.sandbox.UserStatus.ACTIVE;
import static dev.camelokta.sandbox.UserStatus.DEPROVISIONED;
import static dev.camelokta.sandbox.UserStatus.LOCKED_OUT;
import static dev.camelokta.sandbox.UserStatus.PASSWORD_EXPIRED;
import static dev.camelokta.sandbox.UserStatus.PROVISIONED;
import static dev.camelokta.sandbox.UserStatus.RECOVERY;
import static dev.camelokta.sandbox.UserStatus.STAGED;
import static dev.camelokta.sandbox.UserStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Okta's status machine: every lifecycle operation from every status, allowed (the status after) or refused (Okta's
 * status code, error code and summary), and what the answers carry.
 */
class UserLifecycleTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder().build();
    static final SandboxClient client = SandboxClient.of(okta);

    /** What Okta answers: the status after the operation, or a refusal. */
    record Outcome(UserStatus after, int status, String errorCode, String errorSummary) {

        static Outcome to(UserStatus after) {
            return new Outcome(after, 200, null, null);
        }

        static Outcome refused(int status, String errorCode, String errorSummary) {
            return new Outcome(null, status, errorCode, errorSummary);
        }
    }

    private static final Outcome ALREADY_ACTIVE =
            Outcome.refused(403, "E0000016", "Activation failed because the user is already active");
    private static final Outcome NOT_IN_THIS_STATUS =
            Outcome.refused(403, "E0000038", "This operation is not allowed in the user's current status.");
    private static final Outcome CANNOT_SUSPEND =
            Outcome.refused(400, "E0000001", "Api validation failed: suspendUser");
    private static final Outcome CANNOT_UNSUSPEND =
            Outcome.refused(400, "E0000001", "Api validation failed: unsuspendUser");
    private static final Outcome CANNOT_UNLOCK = Outcome.refused(403, "E0000032", "Unlock is not allowed for this user.");
    private static final Outcome GONE = Outcome.refused(404, "E0000007", null);

    /** The table: operation, then the outcome from each status (users here have no password). */
    private static final Map<String, Map<UserStatus, Outcome>> TABLE = Map.of(
            "activate", row(Outcome.to(PROVISIONED), ALREADY_ACTIVE, ALREADY_ACTIVE, ALREADY_ACTIVE, ALREADY_ACTIVE,
                    ALREADY_ACTIVE, ALREADY_ACTIVE, Outcome.to(PROVISIONED)),
            "reactivate", row(NOT_IN_THIS_STATUS, Outcome.to(PROVISIONED), NOT_IN_THIS_STATUS, Outcome.to(PROVISIONED),
                    NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS),
            "deactivate", row(Outcome.to(DEPROVISIONED), Outcome.to(DEPROVISIONED), Outcome.to(DEPROVISIONED),
                    Outcome.to(DEPROVISIONED), Outcome.to(DEPROVISIONED), Outcome.to(DEPROVISIONED),
                    Outcome.to(DEPROVISIONED), GONE),
            "suspend", row(CANNOT_SUSPEND, CANNOT_SUSPEND, Outcome.to(SUSPENDED), CANNOT_SUSPEND, CANNOT_SUSPEND,
                    CANNOT_SUSPEND, CANNOT_SUSPEND, CANNOT_SUSPEND),
            "unsuspend", row(CANNOT_UNSUSPEND, CANNOT_UNSUSPEND, CANNOT_UNSUSPEND, CANNOT_UNSUSPEND, CANNOT_UNSUSPEND,
                    CANNOT_UNSUSPEND, Outcome.to(ACTIVE), CANNOT_UNSUSPEND),
            "unlock", row(CANNOT_UNLOCK, CANNOT_UNLOCK, Outcome.to(ACTIVE), CANNOT_UNLOCK, CANNOT_UNLOCK,
                    Outcome.to(ACTIVE), CANNOT_UNLOCK, CANNOT_UNLOCK),
            "expire_password", row(NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS, Outcome.to(PASSWORD_EXPIRED),
                    NOT_IN_THIS_STATUS, Outcome.to(PASSWORD_EXPIRED), NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS,
                    NOT_IN_THIS_STATUS),
            "expire_password_with_temp_password", row(NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS,
                    Outcome.to(PASSWORD_EXPIRED), NOT_IN_THIS_STATUS, Outcome.to(PASSWORD_EXPIRED), NOT_IN_THIS_STATUS,
                    NOT_IN_THIS_STATUS, NOT_IN_THIS_STATUS),
            "reset_password?sendEmail=false", row(NOT_IN_THIS_STATUS, Outcome.to(RECOVERY), Outcome.to(RECOVERY),
                    Outcome.to(RECOVERY), Outcome.to(RECOVERY), Outcome.to(RECOVERY), NOT_IN_THIS_STATUS,
                    NOT_IN_THIS_STATUS));

    /** In the order STAGED, PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED, DEPROVISIONED. */
    private static Map<UserStatus, Outcome> row(Outcome... outcomes) {
        UserStatus[] order = {STAGED, PROVISIONED, ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED,
                DEPROVISIONED};
        Map<UserStatus, Outcome> row = new EnumMap<>(UserStatus.class);
        for (int i = 0; i < order.length; i++) {
            row.put(order[i], outcomes[i]);
        }
        return row;
    }

    static Stream<Arguments> transitions() {
        List<Arguments> all = new ArrayList<>();
        TABLE.forEach((operation, row) -> row.forEach((from, outcome) -> all.add(Arguments.of(operation, from, outcome))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("transitions")
    void everyOperationFromEveryStatus(String operation, UserStatus from, Outcome expected) {
        String id = userIn(from, "u@example.com");
        SandboxUser before = okta.sandbox().findUser(id).orElseThrow();

        ApiCall answer = lifecycle(id, operation);

        assertThat(answer.status()).as(answer.body()).isEqualTo(expected.status());
        SandboxUser after = okta.sandbox().findUser(id).orElseThrow();
        if (expected.after() != null) {
            assertThat(after.status()).isEqualTo(expected.after());
        } else {
            assertThat(answer.errorCode()).isEqualTo(expected.errorCode());
            if (expected.errorSummary() != null) {
                assertThat(answer.json().path("errorSummary").asText()).isEqualTo(expected.errorSummary());
            } else {
                assertThat(answer.json().path("errorSummary").asText()).isEqualTo(
                        "Not found: Resource not found: " + id + " (User)");
            }
            assertThat(after).as("a refused operation changes nothing").isEqualTo(before);
        }
    }

    @Test
    void refusalsNameTheCauseAsOktaDoes() {
        String staged = userIn(STAGED, "s@example.com");
        String active = userIn(ACTIVE, "a@example.com");

        assertThat(lifecycle(staged, "suspend").errorCauses()).containsExactly("Cannot suspend a user that is not active");
        assertThat(lifecycle(active, "unsuspend").errorCauses())
                .containsExactly("Cannot unsuspend a user that is not suspended");
        assertThat(lifecycle(staged, "unlock").errorCauses()).containsExactly("The user is not locked out.");
    }

    @Test
    void activatingWithoutEmailAnswersWithAnActivationLinkAndToken() {
        String id = userIn(STAGED, "link@example.com");

        JsonNode answer = lifecycle(id, "activate?sendEmail=false").json();

        String token = answer.path("activationToken").asText();
        assertThat(token).matches("[A-Za-z0-9]{20}");
        assertThat(answer.path("activationUrl").asText()).isEqualTo(okta.baseUrl() + "/tokens/" + token + "/verify");
        String again = lifecycle(userIn(STAGED, "link2@example.com"), "activate?sendEmail=false").json()
                .path("activationToken").asText();
        assertThat(again).as("a credential: random each time").isNotEqualTo(token);
    }

    @Test
    void activatingWithEmailAnswersWithAnEmptyObjectAndIsTheDefault() {
        ApiCall explicit = lifecycle(userIn(STAGED, "e1@example.com"), "activate?sendEmail=true");
        ApiCall byDefault = lifecycle(userIn(STAGED, "e2@example.com"), "activate");

        assertThat(explicit.json().isEmpty()).isTrue();
        assertThat(byDefault.json().isEmpty()).isTrue();
    }

    @Test
    void reactivatingSendsNoEmailByDefault() {
        String id = userIn(PROVISIONED, "re@example.com");

        assertThat(lifecycle(id, "reactivate").json().path("activationToken").asText()).isNotEmpty();
        assertThat(lifecycle(id, "reactivate?sendEmail=true").json().isEmpty()).isTrue();
    }

    @Test
    void activatingAUserWithAPasswordMakesItActive() {
        String body = "{\"profile\":" + Profiles.of("pw@example.com") + ",\"credentials\":{\"password\":"
                + "{\"value\":\"tlpWENT2m\"}}}";
        String id = client.post("/api/v1/users?activate=false", body).json().path("id").asText();

        lifecycle(id, "activate");

        assertThat(okta.sandbox().findUser(id).orElseThrow().status()).isEqualTo(ACTIVE);
    }

    @Test
    void resetPasswordWithoutEmailAnswersWithAResetLinkAndNeedsSendEmail() {
        String id = userIn(ACTIVE, "reset@example.com");

        ApiCall missing = lifecycle(id, "reset_password");
        ApiCall reset = lifecycle(id, "reset_password?sendEmail=false&revokeSessions=true");
        ApiCall emailed = lifecycle(userIn(ACTIVE, "reset2@example.com"), "reset_password?sendEmail=true");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("E0000028");
        assertThat(reset.json().path("resetPasswordUrl").asText())
                .matches(java.util.regex.Pattern.quote(okta.baseUrl()) + "/signin/reset-password/[A-Za-z0-9]{20}");
        assertThat(emailed.json().isEmpty()).isTrue();
    }

    @Test
    void expirePasswordAnswersWithTheUserAndTheTemporaryVariantWithAPassword() {
        ApiCall expired = lifecycle(userIn(ACTIVE, "exp@example.com"), "expire_password");
        String id = userIn(ACTIVE, "temp@example.com");
        ApiCall temporary = lifecycle(id, "expire_password_with_temp_password?revokeSessions=true");

        assertThat(expired.json().path("status").asText()).isEqualTo("PASSWORD_EXPIRED");
        assertThat(expired.header("ETag")).startsWith("W/\"");
        assertThat(temporary.json().path("tempPassword").asText()).matches("[A-Za-z0-9]{10}");
        assertThat(okta.sandbox().findUser(id).orElseThrow().hasPassword()).isTrue();
    }

    @Test
    void theOtherOperationsAnswerWithAnEmptyObject() {
        String id = userIn(ACTIVE, "empty@example.com");

        for (String operation : List.of("suspend", "unsuspend", "unlock", "deactivate")) {
            ApiCall answer = lifecycle(id, operation);

            assertThat(answer.status()).as(operation).isEqualTo(200);
            assertThat(answer.json().isEmpty()).as(operation).isTrue();
        }
    }

    @Test
    void aStatusChangeMovesStatusChangedAndLastUpdatedAndActivationSetsActivated() throws InterruptedException {
        JsonNode staged = client.post("/api/v1/users?activate=false", Profiles.body(Profiles.of("t@example.com")))
                .json();
        String id = staged.path("id").asText();
        Thread.sleep(5); // timestamps have milliseconds

        lifecycle(id, "activate");
        JsonNode provisioned = client.get("/api/v1/users/" + id).json();

        assertThat(provisioned.path("status").asText()).isEqualTo("PROVISIONED");
        assertThat(provisioned.path("statusChanged").asText()).matches(TIMESTAMP);
        assertThat(provisioned.path("activated").asText()).isEqualTo(provisioned.path("statusChanged").asText());
        assertThat(provisioned.path("lastUpdated").asText()).isGreaterThan(staged.path("lastUpdated").asText());
        assertThat(provisioned.path("created").asText()).isEqualTo(staged.path("created").asText());
        assertThat(provisioned.has("transitioningToStatus")).as("transitions complete at once").isFalse();
        assertThat(provisioned.path("_links").has("reactivate")).isTrue();
        assertThat(provisioned.path("_links").has("activate")).isFalse();
    }

    @Test
    void deactivationDeletesThePasswordAndLeavesTheUserOutOfThePlainList() {
        String body = "{\"profile\":" + Profiles.of("gone@example.com") + ",\"credentials\":{\"password\":"
                + "{\"value\":\"tlpWENT2m\"}}}";
        String id = client.post("/api/v1/users", body).json().path("id").asText();
        userIn(ACTIVE, "stays@example.com");

        lifecycle(id, "deactivate");

        JsonNode user = client.get("/api/v1/users/" + id).json();
        assertThat(user.path("status").asText()).isEqualTo("DEPROVISIONED");
        assertThat(user.path("passwordChanged").isNull()).isTrue();
        assertThat(user.path("_links").has("activate")).isTrue();
        assertThat(logins(client.get("/api/v1/users"))).containsExactly("stays@example.com");
        assertThat(logins(client.get("/api/v1/users?search=status+eq+%22DEPROVISIONED%22")))
                .containsExactly("gone@example.com");
        assertThat(logins(client.get("/api/v1/users?filter=id+eq+%22" + id + "%22"))).containsExactly("gone@example.com");
    }

    @Test
    void anUnknownUserAnswers404AndAnUnknownOperation404E0000008() {
        ApiCall unknownUser = lifecycle("00uNoSuchUser00000000", "suspend");
        ApiCall unknownOperation = lifecycle(userIn(ACTIVE, "op@example.com"), "reset_factors");

        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.errorCode()).isEqualTo("E0000007");
        assertThat(unknownOperation.errorCode()).isEqualTo("E0000008");
    }

    @Test
    void refusesParametersTheSpecDoesNotDeclareOrTypesOtherwise() {
        String id = userIn(STAGED, "p@example.com");

        ApiCall undeclared = lifecycle(id, "suspend?sendEmail=false");
        ApiCall notBoolean = lifecycle(id, "activate?sendEmail=maybe");

        assertThat(undeclared.status()).isEqualTo(400);
        assertThat(undeclared.errorCode()).isEqualTo("E0000002");
        assertThat(notBoolean.errorCode()).isEqualTo("E0000002");
        assertThat(okta.sandbox().findUser(id).orElseThrow().status()).isEqualTo(STAGED);
    }

    @Test
    void lifecycleOperationsFindTheUserByLoginToo() {
        userIn(ACTIVE, "by.login@example.com");

        assertThat(lifecycle("by.login@example.com", "suspend").status()).isEqualTo(200);
        assertThat(okta.sandbox().findByLogin("by.login@example.com").orElseThrow().status()).isEqualTo(SUSPENDED);
    }

    /** A user with no password in {@code status}, brought there through the API as a client would. */
    static String userIn(UserStatus status, String login) {
        boolean staged = status == STAGED || status == PROVISIONED;
        ApiCall created = client.post("/api/v1/users?activate=" + !staged, Profiles.body(Profiles.of(login)));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().path("id").asText();
        switch (status) {
            case PROVISIONED -> expectOk(lifecycle(id, "activate"));
            case RECOVERY -> expectOk(lifecycle(id, "reset_password?sendEmail=true"));
            case PASSWORD_EXPIRED -> expectOk(lifecycle(id, "expire_password"));
            case LOCKED_OUT -> okta.sandbox().lockOut(id);
            case SUSPENDED -> expectOk(lifecycle(id, "suspend"));
            case DEPROVISIONED -> expectOk(lifecycle(id, "deactivate"));
            default -> {
                // STAGED and ACTIVE come from the create
            }
        }
        assertThat(okta.sandbox().findUser(id).orElseThrow().status()).isEqualTo(status);
        return id;
    }

    static ApiCall lifecycle(String idOrLogin, String operation) {
        return client.send("POST", "/api/v1/users/" + idOrLogin + "/lifecycle/" + operation, null);
    }

    private static void expectOk(ApiCall call) {
        assertThat(call.status()).as(call.body()).isEqualTo(200);
    }

    private static List<String> logins(ApiCall list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> logins = new ArrayList<>();
        list.json().forEach(user -> logins.add(user.path("profile").path("login").asText()));
        return logins;
    }
}
