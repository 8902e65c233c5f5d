package dev.camelokta.component.okta.operation;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;

/**
 * The Okta calls an operation makes for resolved input. Most operations are one call, served by
 * {@link SingleRequestHandler}; an operation whose behaviour needs more has a handler of its own.
 */
public interface OperationHandler {

    /**
     * @throws OktaApiException when Okta answered with an error, did not answer, or answered a 2xx whose body does not
     *                           hold what the operation needs
     */
    OperationOutcome handle(OktaInput input, OktaClient client);
}
