package dev.camelokta.examples.provisioning.rest;

import java.time.Instant;

import dev.camelokta.component.okta.OktaEndpoint;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.model.OktaMembershipResult;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.model.OktaUserPageResult;
import dev.camelokta.component.okta.model.OktaUserResult;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Answers a REST call from its okta call: the status from {@link OktaResultStatus}, Retry-After when rate-limited,
 * and the card's output JSON as the body, for a success as for a failure (the REST routes call okta with
 * throwExceptionOnFailure=true, so that a failure's kind is its exception's type, and come here from onException).
 */
public final class OktaRestResponse implements Processor {

    @Override
    public void process(Exchange exchange) {
        OktaOperation operation = operationCalled(exchange);
        Exception failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Exception.class);
        Message message = exchange.getMessage();
        OktaResult result = failure == null ? message.getBody(OktaResult.class) : failureResult(operation, failure);
        int status = failure == null ? OktaResultStatus.ofSuccess(operation) : OktaResultStatus.ofFailure(failure);

        message.removeHeaders("*"); // none of the request's headers, nor the okta ones, belong in the answer
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        OktaResultStatus.retryAfterSeconds(failure, Instant.now().getEpochSecond())
                .ifPresent(seconds -> message.setHeader("Retry-After", seconds));
        message.setBody(result.toString());
    }

    /** The operation of the okta endpoint the route last sent to; createUser's result shape when there was none. */
    private static OktaOperation operationCalled(Exchange exchange) {
        String uri = exchange.getProperty(ExchangePropertyKey.TO_ENDPOINT, String.class);
        Endpoint endpoint = uri == null ? null : exchange.getContext().hasEndpoint(uri);
        return endpoint instanceof OktaEndpoint okta ? okta.getConfiguration().getOperation() : OktaOperation.createUser;
    }

    private static OktaResult failureResult(OktaOperation operation, Exception failure) {
        String error = failure.getMessage();
        return switch (operation) {
            case listTypeIdOptions -> OktaTypeIdOptionsResult.failure(error);
            case listUsers -> OktaUserPageResult.failure(error);
            case deactivateUser -> OktaLifecycleResult.failure(error);
            case addUserToGroup, removeUserFromGroup -> OktaMembershipResult.failure(error);
            default -> OktaUserResult.failure(error);
        };
    }
}
