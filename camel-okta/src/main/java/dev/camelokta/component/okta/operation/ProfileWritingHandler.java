package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;

/**
 * An operation that writes a user's profile (createUser, updateUser): it is handed the org's user schemas, to refuse
 * an attribute the org does not define before it writes anything.
 */
public interface ProfileWritingHandler extends OperationHandler {

    OperationOutcome handle(OktaInput input, OktaClient client, ProfileSchemas schemas);

    /** Without the endpoint's schemas: Okta alone checks the profile. */
    @Override
    default OperationOutcome handle(OktaInput input, OktaClient client) {
        return handle(input, client, ProfileSchemas.NONE);
    }
}
