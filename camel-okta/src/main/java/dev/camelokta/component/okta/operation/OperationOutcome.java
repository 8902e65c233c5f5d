package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaResponse;

/**
 * A successful operation: the body, and what the headers report.
 *
 * @param result         the body: an {@code OktaResult}, or for a streamed list the iterator of its items
 * @param userId         the id of the user created or read, or null
 * @param lastResponse   Okta's last answer, for the status, request id and rate-limit headers
 * @param alreadyExisted createUser: a retry found the user the first, unanswered attempt had created
 * @param nextCursor     a list's single page: the {@code after} of the next page, or null
 */
public record OperationOutcome(Object result, String userId, OktaResponse lastResponse, boolean alreadyExisted,
                               String nextCursor) {

    public OperationOutcome(Object result, String userId, OktaResponse lastResponse, boolean alreadyExisted) {
        this(result, userId, lastResponse, alreadyExisted, null);
    }
}
