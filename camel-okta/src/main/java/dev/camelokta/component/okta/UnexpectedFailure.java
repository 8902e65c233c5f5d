package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * The last safety net of the error model: a RuntimeException that no handler turned into an {@link OktaApiException}
 * (a bug, or an HttpClient given by the route that throws) becomes one, so that nothing but OktaApiException and
 * OktaInputException ever leaves the producer.
 */
final class UnexpectedFailure {

    private UnexpectedFailure() {
    }

    /**
     * @param apiToken the endpoint's token, which the message never contains, nor the cause it keeps
     */
    static OktaApiException of(OktaOperation operation, RuntimeException failure, String apiToken) {
        String what = failure.getMessage() == null
                ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + LogValues.safe(masked(failure.getMessage(), apiToken));
        // the original stays as the cause for its stack trace, unless something in it shows the token
        Throwable cause = hasToken(apiToken) && stackTrace(failure).contains(apiToken) ? null : failure;
        return new OktaApiException("Unexpected failure in okta:" + operation.name() + ": " + what, 0, null, null,
                List.of(), null, null, cause);
    }

    private static boolean hasToken(String apiToken) {
        return apiToken != null && !apiToken.isEmpty();
    }

    private static String masked(String text, String apiToken) {
        return hasToken(apiToken) ? text.replace(apiToken, "xxxxxx") : text;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
