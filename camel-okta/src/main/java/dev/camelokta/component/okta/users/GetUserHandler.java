package dev.camelokta.component.okta.users;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UserLocator;

/**
 * getUser: GET /api/v1/users/{id or login}, or a search by email when the id is an email that is not a login.
 */
final class GetUserHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        UserLocator.Located located = UserLocator.find(client, input.text(UserParameters.USER_ID));
        return new OperationOutcome(OktaUserResult.success(located.user()), located.user().getId(), located.response(),
                false);
    }
}
