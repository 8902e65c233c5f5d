package dev.camelokta.component.okta.users;

import java.time.Instant;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaError;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.operation.LostAttemptClock;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.operation.ProfileSchemas;
import dev.camelokta.component.okta.operation.ProfileWritingHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;

/**
 * createUser: one POST /api/v1/users. When an attempt went unanswered and the retry meets "login already exists",
 * the first attempt may have created the user: the user is read by login and returned only when it is plausibly that
 * attempt's ({@link LostAttemptUser}), so a flaky network never turns one user into a false failure or into two
 * users, and never hands back someone else's user. Before it, a profile attribute that the user's type does not
 * define is refused ({@link ProfileCheck}).
 */
final class CreateUserHandler implements ProfileWritingHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client, ProfileSchemas schemas) {
        ProfileCheck.requireDefined(input, client, schemas, OktaOperation.createUser, input.text(UserParameters.TYPE_ID));
        long callStartNanos = System.nanoTime();
        OktaResponse response = client.send(OktaRequests.createUser(
                input.profile(), input.text(UserParameters.TYPE_ID), input.flag(UserParameters.ACTIVATE)));
        if (response.afterAmbiguousFailure() && isDuplicateLogin(response)) {
            return adoptThisCallsUser(input, client, response, callStartNanos, System.nanoTime());
        }
        OktaUser user = OktaResponses.user(response);
        return new OperationOutcome(OktaUserResult.success(user), user.getId(), response, false);
    }

    private static OperationOutcome adoptThisCallsUser(OktaInput input, OktaClient client, OktaResponse duplicate,
                                                       long callStartNanos, long duplicateArrivalNanos) {
        OktaResponse existing = client.send(OktaRequests.getUser(input.text(UserParameters.LOGIN)));
        long existingArrivalNanos = System.nanoTime();
        OktaUser user = OktaResponses.user(existing);
        Instant callStart = LostAttemptClock.callStartOnOktasClock(duplicate, callStartNanos, duplicateArrivalNanos);
        if (callStart == null) {
            callStart = LostAttemptClock.callStartOnOktasClock(existing, callStartNanos, existingArrivalNanos);
        }
        String notThisCalls = LostAttemptUser.whyNotThisCallsUser(input, user, callStart);
        if (notThisCalls != null) {
            throw refusedAdoption(duplicate, notThisCalls);
        }
        return new OperationOutcome(OktaUserResult.success(user), user.getId(), existing, true);
    }

    /** Okta's duplicate-login failure, E0000001 and all, with the reason the existing user was not adopted. */
    private static OktaApiException refusedAdoption(OktaResponse duplicate, String reason) {
        OktaApiException failure = OktaFailures.fromResponse(duplicate);
        return new OktaApiException(failure.getMessage() + " - " + reason, failure.getHttpStatus(), failure.getErrorCode(),
                failure.getErrorSummary(), failure.getErrorCauses(), failure.getRequestId(), failure.getRateLimit(), null);
    }

    private static boolean isDuplicateLogin(OktaResponse response) {
        if (response.status() != 400) {
            return false;
        }
        OktaError error = OktaJson.toError(response.body());
        return error != null && "E0000001".equals(error.errorCode())
               && error.errorCauses().stream().anyMatch(cause -> cause.startsWith("login:") && cause.contains("already exists"));
    }
}
