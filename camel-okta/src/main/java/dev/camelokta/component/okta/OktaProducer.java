package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.input.OktaInputResolver;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.ProfileWritingHandler;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs the exchange's operation as its descriptor says: resolves its input, hands it to its handler, and puts the
 * result in the body and the call's facts in the headers. A failure is a result with success=false, or an exception
 * when {@code throwExceptionOnFailure=true}: always an {@link OktaInputException} or an {@link OktaApiException},
 * whatever went wrong.
 */
public class OktaProducer extends DefaultProducer {

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
            healthCheck = new OktaProducerHealthCheck(getEndpoint().getEndpointUri(), getEndpoint().probeClient(),
                    getEndpoint().getConfiguration().getApiToken());
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
        OperationDescriptor descriptor = OktaOperations.descriptor(configuration.getOperation());
        try {
            descriptor = OktaOperations.descriptor(operation(message, configuration));
            OktaInput input = OktaInputResolver.resolve(descriptor.input(), message, getEndpoint()::option);
            OperationOutcome outcome = descriptor.handler() instanceof ProfileWritingHandler writesProfile
                    ? writesProfile.handle(input, getEndpoint().client(), getEndpoint().profileSchemas())
                    : descriptor.handler().handle(input, getEndpoint().client());
            OktaResultHeaders.success(message, outcome);
            message.setBody(outcome.result());
        } catch (OktaInputException e) {
            OktaResultHeaders.failure(message, null);
            fail(exchange, descriptor, e, configuration);
        } catch (OktaApiException e) {
            OktaResultHeaders.failure(message, e);
            fail(exchange, descriptor, e, configuration);
        } catch (RuntimeException e) {
            OktaApiException unexpected = UnexpectedFailure.of(descriptor.operation(), e, configuration.getApiToken());
            OktaResultHeaders.failure(message, unexpected);
            fail(exchange, descriptor, unexpected, configuration);
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
            throw new OktaInputException("Invalid header " + OktaConstants.OPERATION + ": "
                                         + LogValues.safe(e.getMessage(), 1024), e);
        }
    }

    private static void fail(Exchange exchange, OperationDescriptor descriptor, RuntimeException e,
                             OktaConfiguration configuration) {
        if (configuration.isThrowExceptionOnFailure()) {
            exchange.setException(e);
        } else {
            exchange.getMessage().setBody(descriptor.failure(e.getMessage()));
        }
    }
}
