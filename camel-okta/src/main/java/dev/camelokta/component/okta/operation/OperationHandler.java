package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaResult;

/**
 * One okta operation: the Okta calls it makes for resolved input, and the shape of its result.
 */
public interface OperationHandler {

    /**
     * @throws OktaApiException when Okta answered with an error or did not answer
     */
    OperationOutcome handle(OktaInput input, OktaClient client);

    /** The operation's result for a failure. */
    OktaResult failure(String error);
}
