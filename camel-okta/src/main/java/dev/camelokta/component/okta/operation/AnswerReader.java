package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserResult;

/**
 * How an operation reads Okta's answer into its result.
 */
@FunctionalInterface
public interface AnswerReader {

    /** One user resource, as {@code {"success", "error", "user"}}; its id goes to the CamelOktaUserId header. */
    AnswerReader USER = response -> {
        OktaUser user = OktaResponses.user(response);
        return new OperationOutcome(OktaUserResult.success(user), user.getId(), response, false);
    };

    /** Okta's user types, as {@code {label: displayName, value: id}} in Okta's order. */
    AnswerReader TYPE_ID_OPTIONS = response -> new OperationOutcome(
            OktaTypeIdOptionsResult.success(OktaResponses.typeIdOptions(response)), null, response, false);

    /**
     * @throws OktaApiException when the answer is not a success or cannot be read
     */
    OperationOutcome read(OktaResponse response);
}
