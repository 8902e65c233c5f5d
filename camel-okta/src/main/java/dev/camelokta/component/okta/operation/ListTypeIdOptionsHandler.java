package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;

/**
 * listTypeIdOptions: GET /api/v1/meta/types/user as {label: displayName, value: id} in Okta's order.
 */
public final class ListTypeIdOptionsHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        OktaResponse response = client.send(OktaRequests.listUserTypes());
        return new OperationOutcome(OktaTypeIdOptionsResult.success(OktaResponses.typeIdOptions(response)), null, response,
                false);
    }

    @Override
    public OktaResult failure(String error) {
        return OktaTypeIdOptionsResult.failure(error);
    }
}
