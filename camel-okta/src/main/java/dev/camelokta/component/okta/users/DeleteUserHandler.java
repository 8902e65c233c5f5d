package dev.camelokta.component.okta.users;

import java.util.Map;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.OktaRequest;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaDeleteUserResult;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UserLocator;

/**
 * deleteUser, which is permanent and so never a side effect. Okta's DELETE deactivates a user who is not
 * DEPROVISIONED and deletes one who is, so a blind retry of a lost first DELETE would delete an active user. Here the
 * DELETE goes only to a user just read as DEPROVISIONED (deactivated first when deactivate=true, refused otherwise),
 * it is never retried automatically after a failure Okta may have processed, and after such a failure the user is
 * read again: gone is a success, still DEPROVISIONED gets the DELETE again, any other status stops.
 */
final class DeleteUserHandler implements OperationHandler {

    static final RequestTemplate DELETE_USER = RequestTemplate.of("DELETE", "/api/v1/users/{user_id}",
            OktaRateLimitBucket.UPDATE_USER);
    static final String DEPROVISIONED = "DEPROVISIONED";
    /** DELETEs sent at most, each after the user was read as DEPROVISIONED. */
    private static final int MAX_DELETES = 3;

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        UserLocator.Located located = UserLocator.find(client, input.text(UserParameters.USER_ID));
        OktaUser user = located.user();
        if (!DEPROVISIONED.equals(user.getStatus())) {
            if (!Boolean.TRUE.equals(input.flag(UserParameters.DEACTIVATE))) {
                throw new OktaInputException("deleteUser deletes only a DEPROVISIONED user, and user "
                                             + LogValues.safe(user.getId()) + " is " + LogValues.safe(user.getStatus())
                                             + ": deactivate it first (deactivateUser), or set deactivate=true to "
                                             + "deactivate and then delete it");
            }
            user = LifecycleHandler.move(client, LifecycleTransition.DEACTIVATE, user, located.response(), null).user();
            if (!DEPROVISIONED.equals(user.getStatus())) {
                throw notDeprovisioned(user, "after its deactivation");
            }
        }
        return delete(client, user);
    }

    private static OperationOutcome delete(OktaClient client, OktaUser user) {
        OktaRequest delete = DELETE_USER.build(Map.of("user_id", user.getId())::get, null).notRetriedWhenAmbiguous();
        OktaApiException failure = null;
        for (int sent = 0; sent < MAX_DELETES; sent++) {
            OktaResponse response = null;
            try {
                response = client.send(delete);
            } catch (OktaApiException noAnswer) {
                if (noAnswer.getHttpStatus() != 0 || Thread.currentThread().isInterrupted()) {
                    throw noAnswer;
                }
                failure = noAnswer;
            }
            if (response != null) {
                if (response.isSuccess() || response.status() == 404) { // 404: gone already, as was asked
                    return deleted(user, response);
                }
                failure = OktaFailures.fromResponse(response);
                if (response.status() < 500) {
                    throw failure; // Okta refused it, so it deleted nothing
                }
            }
            // Okta may have processed it: what the user is now decides, never a blind retry
            OktaResponse reread = readAgain(client, user, failure);
            if (UserLocator.isNotFound(reread)) {
                return deleted(user, reread);
            }
            OktaUser now = OktaResponses.user(reread);
            if (!DEPROVISIONED.equals(now.getStatus())) {
                throw notDeprovisioned(now, "after a DELETE that failed (" + LogValues.safe(failure.getMessage(), 512)
                                            + ")");
            }
        }
        throw failure;
    }

    /** @return the GET's answer, a success or a 404; any other failure ends the delete with the DELETE's failure */
    private static OktaResponse readAgain(OktaClient client, OktaUser user, OktaApiException failure) {
        OktaResponse reread;
        try {
            reread = client.send(OktaRequests.getUser(user.getId()));
        } catch (OktaApiException readFailed) {
            failure.addSuppressed(readFailed);
            throw failure;
        }
        if (!reread.isSuccess() && !UserLocator.isNotFound(reread)) {
            failure.addSuppressed(OktaFailures.fromResponse(reread));
            throw failure;
        }
        return reread;
    }

    private static OperationOutcome deleted(OktaUser lastSeen, OktaResponse response) {
        return OperationOutcome.lifecycle(OktaDeleteUserResult.deleted(lastSeen), lastSeen.getId(), response, null,
                false);
    }

    private static OktaApiException notDeprovisioned(OktaUser user, String when) {
        return new OktaApiException("deleteUser did not delete user " + LogValues.safe(user.getId()) + ": it is "
                                    + LogValues.safe(user.getStatus()) + " " + when + ", and only a DEPROVISIONED user "
                                    + "is deleted", 0, null, null, null, null, null, null);
    }
}
