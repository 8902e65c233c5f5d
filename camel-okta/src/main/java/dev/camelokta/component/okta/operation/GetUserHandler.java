package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.input.OktaParameter;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.OktaUserResult;

/**
 * getUser: GET /api/v1/users/{id or login}, or a search by email when the id is an email that is not a login.
 */
public final class GetUserHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        UserLocator.Located located = UserLocator.find(client, input.text(OktaParameter.USER_ID));
        return new OperationOutcome(OktaUserResult.success(located.user()), located.user().getId(), located.response(),
                false);
    }

    @Override
    public OktaResult failure(String error) {
        return OktaUserResult.failure(error);
    }
}
