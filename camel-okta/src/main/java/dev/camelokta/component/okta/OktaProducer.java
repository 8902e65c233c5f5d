package dev.camelokta.component.okta;

import java.util.EnumMap;
import java.util.Map;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.input.OktaInputResolver;
import dev.camelokta.component.okta.operation.CreateUserHandler;
import dev.camelokta.component.okta.operation.GetUserHandler;
import dev.camelokta.component.okta.operation.ListTypeIdOptionsHandler;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UpdateUserHandler;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs the exchange's operation: resolves its input, hands it to the operation's handler, and puts the result in the
 * body and the call's facts in the headers. A failure is a result with success=false, or an exception when
 * {@code throwExceptionOnFailure=true}.
 */
public class OktaProducer extends DefaultProducer {

    private static final Map<OktaOperation, OperationHandler> HANDLERS = new EnumMap<>(Map.of(
            OktaOperation.createUser, new CreateUserHandler(),
            OktaOperation.getUser, new GetUserHandler(),
            OktaOperation.updateUser, new UpdateUserHandler(),
            OktaOperation.listTypeIdOptions, new ListTypeIdOptionsHandler()));

    private OktaProducerHealthCheck healthCheck;
    private WritableHealthCheckRepository healthCheckRepository;

    public OktaProducer(OktaEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health checks are optional: register only where Camel's producer health checks are on
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new OktaProducerHealthCheck(getEndpoint().getEndpointUri(), getEndpoint().probeClient());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public OktaEndpoint getEndpoint() {
        return (OktaEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        OktaConfiguration configuration = getEndpoint().getConfiguration();
        Message message = exchange.getMessage();
        OktaResultHeaders.clear(message);
        OperationHandler handler = HANDLERS.get(configuration.getOperation());
        try {
            OktaOperation operation = operation(message, configuration);
            handler = HANDLERS.get(operation);
            OktaInput input = OktaInputResolver.resolve(operation, message, configuration);
            OperationOutcome outcome = handler.handle(input, getEndpoint().client());
            OktaResultHeaders.success(message, outcome);
            message.setBody(outcome.result());
        } catch (OktaInputException e) {
            OktaResultHeaders.failure(message, null);
            fail(exchange, handler, e, configuration);
        } catch (OktaApiException e) {
            OktaResultHeaders.failure(message, e);
            fail(exchange, handler, e, configuration);
        }
    }

    private static OktaOperation operation(Message message, OktaConfiguration configuration) {
        String override = message.getHeader(OktaConstants.OPERATION, String.class);
        if (override == null) {
            return configuration.getOperation();
        }
        try {
            return OktaOperation.fromName(override);
        } catch (IllegalArgumentException e) {
            throw new OktaInputException("Invalid header " + OktaConstants.OPERATION + ": " + e.getMessage(), e);
        }
    }

    private static void fail(Exchange exchange, OperationHandler handler, RuntimeException e, OktaConfiguration configuration) {
        if (configuration.isThrowExceptionOnFailure()) {
            exchange.setException(e);
        } else {
            exchange.getMessage().setBody(handler.failure(e.getMessage()));
        }
    }
}
