package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaResponse;

/**
 * A successful operation: the body, and what the headers report.
 *
 * @param result         the body: an {@code OktaResult}, or for a streamed list the iterator of its items
 * @param userId         the id of the user created or read, or null
 * @param lastResponse   Okta's last answer, for the status, request id and rate-limit headers
 * @param alreadyExisted createUser, createGroup: a retry found what the first, unanswered attempt had created
 * @param nextCursor     a list's single page: the {@code after} of the next page, or null
 * @param userStatus     a lifecycle operation: the user's status after it, or null
 * @param alreadyInState a lifecycle operation: the user was in the target state already, so nothing was sent
 * @param groupId        the id of the group created, read or changed, or null
 */
public record OperationOutcome(Object result, String userId, OktaResponse lastResponse, boolean alreadyExisted,
                               String nextCursor, String userStatus, boolean alreadyInState, String groupId) {

    public OperationOutcome(Object result, String userId, OktaResponse lastResponse, boolean alreadyExisted) {
        this(result, userId, lastResponse, alreadyExisted, null, null, false, null);
    }

    /** A list's outcome. */
    public OperationOutcome(Object result, String userId, OktaResponse lastResponse, boolean alreadyExisted,
                            String nextCursor) {
        this(result, userId, lastResponse, alreadyExisted, nextCursor, null, false, null);
    }

    /** A lifecycle operation's outcome. */
    public static OperationOutcome lifecycle(Object result, String userId, OktaResponse lastResponse,
                                             String userStatus, boolean alreadyInState) {
        return new OperationOutcome(result, userId, lastResponse, false, null, userStatus, alreadyInState, null);
    }

    /** A group operation's outcome. */
    public static OperationOutcome group(Object result, OktaResponse lastResponse, boolean alreadyExisted,
                                         String groupId) {
        return new OperationOutcome(result, null, lastResponse, alreadyExisted, null, null, false, groupId);
    }
}
