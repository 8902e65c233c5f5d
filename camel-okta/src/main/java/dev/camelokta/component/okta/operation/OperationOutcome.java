package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.model.OktaResult;

/**
 * A successful operation: the result for the body, and what the headers report.
 *
 * @param result         the body
 * @param userId         the id of the user created or read, or null
 * @param lastResponse   Okta's last answer, for the status, request id and rate-limit headers
 * @param alreadyExisted createUser: a retry found the user the first, unanswered attempt had created
 * @param userStatus     a lifecycle operation: the user's status after it, or null
 * @param alreadyInState a lifecycle operation: the user was in the target state already, so nothing was sent
 */
public record OperationOutcome(OktaResult result, String userId, OktaResponse lastResponse, boolean alreadyExisted,
                               String userStatus, boolean alreadyInState) {

    public OperationOutcome(OktaResult result, String userId, OktaResponse lastResponse, boolean alreadyExisted) {
        this(result, userId, lastResponse, alreadyExisted, null, false);
    }

    /** A lifecycle operation's outcome. */
    public static OperationOutcome lifecycle(OktaResult result, String userId, OktaResponse lastResponse,
                                             String userStatus, boolean alreadyInState) {
        return new OperationOutcome(result, userId, lastResponse, false, userStatus, alreadyInState);
    }
}
