package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.model.OktaResult;

/**
 * A successful operation: the result for the body, and what the headers report.
 *
 * @param result         the body
 * @param userId         the id of the user created or read, or null
 * @param lastResponse   Okta's last answer, for the status, request id and rate-limit headers
 * @param alreadyExisted createUser, createGroup: a retry found what the first, unanswered attempt had created
 * @param groupId        the id of the group created, read or changed, or null
 */
public record OperationOutcome(OktaResult result, String userId, OktaResponse lastResponse, boolean alreadyExisted,
                               String groupId) {

    /** An outcome about no group. */
    public OperationOutcome(OktaResult result, String userId, OktaResponse lastResponse, boolean alreadyExisted) {
        this(result, userId, lastResponse, alreadyExisted, null);
    }
}
