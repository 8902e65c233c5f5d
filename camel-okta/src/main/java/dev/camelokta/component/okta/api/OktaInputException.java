package dev.camelokta.component.okta.api;

/**
 * The exchange does not hold what the operation needs: a missing, unknown or malformed parameter. No call was made
 * to Okta. Thrown when {@code throwExceptionOnFailure=true}; otherwise its message is the result's {@code error}.
 */
public class OktaInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public OktaInputException(String message) {
        super(message);
    }

    public OktaInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
