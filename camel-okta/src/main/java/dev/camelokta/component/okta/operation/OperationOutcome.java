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
 */
public record OperationOutcome(OktaResult result, String userId, OktaResponse lastResponse, boolean alreadyExisted) {
}
