package dev.camelokta.component.okta.users;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaError;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;

/**
 * createUser: one POST /api/v1/users. When an attempt went unanswered and the retry meets "login already exists",
 * the first attempt created the user: it is read by login and returned, so a flaky network never turns one user into a
 * false failure or into two users.
 */
final class CreateUserHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        OktaResponse response = client.send(OktaRequests.createUser(
                input.profile(), input.text(UserParameters.TYPE_ID), input.flag(UserParameters.ACTIVATE)));
        if (response.afterAmbiguousFailure() && isDuplicateLogin(response)) {
            OktaResponse existing = client.send(OktaRequests.getUser(input.text(UserParameters.LOGIN)));
            OktaUser user = OktaResponses.user(existing);
            return new OperationOutcome(OktaUserResult.success(user), user.getId(), existing, true);
        }
        OktaUser user = OktaResponses.user(response);
        return new OperationOutcome(OktaUserResult.success(user), user.getId(), response, false);
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
