package dev.camelokta.component.okta;

import java.util.Map;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Readiness of the Okta org a producer talks to: one cheap call (the org's user types) shows that the org answers and
 * that the token is accepted, before provisioning traffic starts failing. Enabled with Camel's producer health checks
 * ({@code camel.health.producers-enabled=true}).
 */
public class OktaProducerHealthCheck extends AbstractHealthCheck {

    private final OktaClient probe;
    private final String apiToken;

    /**
     * @param endpointUri the endpoint's URI, sanitized here: the id is published in the health output
     * @param probe       a client that does not retry, so that a check answers at once
     * @param apiToken    the token the probe sends, kept out of what the check reports
     */
    public OktaProducerHealthCheck(String endpointUri, OktaClient probe, String apiToken) {
        super("camel", "producer:okta-" + URISupport.sanitizeUri(endpointUri));
        this.probe = probe;
        this.apiToken = apiToken;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            OktaResponse response = probe.send(OktaRequests.listUserTypes());
            builder.detail(HTTP_RESPONSE_CODE, response.status());
            if (response.isSuccess() || response.status() == 429) {
                builder.up(); // a spent rate limit is Okta answering as it should
            } else {
                OktaApiException failure = OktaFailures.fromResponse(response);
                builder.message(failure.getMessage()).detail("okta.error.code", failure.getErrorCode()).down();
            }
        } catch (OktaApiException noAnswer) {
            builder.message(noAnswer.getMessage()).error(noAnswer).down();
        } catch (RuntimeException e) {
            OktaApiException unexpected = UnexpectedFailure.of(OktaOperation.listTypeIdOptions, e, apiToken);
            builder.message(unexpected.getMessage()).error(unexpected).down();
        }
    }
}
