package dev.camelokta.component.okta.users;

import java.util.Map;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UserLocator;

/**
 * clearUserSessions: the user is found by id, login or email, then its sessions are revoked by id. Revoking is
 * idempotent (a user without sessions is a 204 too), so it is retried like a read.
 */
final class ClearSessionsHandler implements OperationHandler {

    static final RequestTemplate REVOKE_SESSIONS = RequestTemplate.of("DELETE", "/api/v1/users/{user_id}/sessions",
            OktaRateLimitBucket.OTHER);

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        OktaUser user = UserLocator.find(client, input.text(UserParameters.USER_ID)).user();
        OktaResponse response = client.send(REVOKE_SESSIONS.build(Map.of("user_id", user.getId())::get, null));
        if (!response.isSuccess()) {
            throw OktaFailures.fromResponse(response);
        }
        return OperationOutcome.lifecycle(OktaLifecycleResult.success(user), user.getId(), response, user.getStatus(),
                false);
    }
}
