package dev.camelokta.component.okta;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaHttpTransport;
import dev.camelokta.component.okta.logging.LogValues;
import org.apache.camel.CamelContext;
import dev.camelokta.component.okta.operation.ProfileSchemas;
import dev.camelokta.component.okta.schemas.CachedProfileSchemas;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Manage Okta users: create, get and update them, and list the org's user types.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "okta", title = "Okta", syntax = "okta:operation", producerOnly = true,
             category = { Category.CLOUD, Category.SECURITY }, headersClass = OktaConstants.class)
public class OktaEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    /** Camel's generated, reflection-free access to the options by name. */
    private static final OktaConfigurationConfigurer CONFIGURATION_OPTIONS = new OktaConfigurationConfigurer();

    /** The timeout options and a correct value of each. */
    private static final Map<String, String> TIMEOUT_OPTIONS = Map.of("connectTimeout", "10s", "responseTimeout", "30s");

    @UriParam
    private OktaConfiguration configuration;

    private URI orgUrl;
    private OktaClient client;
    private ProfileSchemas profileSchemas;

    public OktaEndpoint(String uri, OktaComponent component, OktaConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    /** Fails at route start, naming the option and a correct value, when the connection options are wrong. */
    void validate() {
        orgUrl = OktaOrgUrl.resolve(configuration);
        if (configuration.getRateLimitCapacity() < 1 || configuration.getRateLimitCapacity() > 100) {
            throw new IllegalArgumentException("Invalid option rateLimitCapacity " + configuration.getRateLimitCapacity()
                                               + ": it is a percent from 1 to 100, e.g. rateLimitCapacity=50");
        }
        refuseTimeoutOf("connectTimeout", configuration.getConnectTimeout());
        refuseTimeoutOf("responseTimeout", configuration.getResponseTimeout());
        if (configuration.getSchemaCacheTtl() < 0) {
            throw new IllegalArgumentException("Invalid option schemaCacheTtl " + configuration.getSchemaCacheTtl()
                                               + ": use 0 to read the user schema on every call, e.g. schemaCacheTtl=10m");
        }
        if (configuration.getMaxRetries() < 0) {
            throw new IllegalArgumentException("Invalid option maxRetries " + configuration.getMaxRetries()
                                               + ": use 0 for no retries, e.g. maxRetries=4");
        }
    }

    /**
     * Refuses a timeout of an endpoint URI as written, before Camel converts it: Camel refuses {@code -1} with
     * "duration must not be negative", naming no option, and reads {@code -5s} or {@code abc} as 0.
     */
    static void checkTimeoutOptions(CamelContext camelContext, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            for (String option : TIMEOUT_OPTIONS.keySet()) {
                if (option.equalsIgnoreCase(name) && value instanceof String text) {
                    Duration duration;
                    try {
                        duration = camelContext.getTypeConverter().mandatoryConvertTo(Duration.class, text);
                    } catch (Exception e) {
                        throw invalidTimeout(option, text, e);
                    }
                    if (duration.isNegative() || duration.isZero()) {
                        throw invalidTimeout(option, text, null);
                    }
                }
            }
        });
    }

    /** Also for a timeout set on the component, which reaches the endpoint converted. */
    private static void refuseTimeoutOf(String option, long millis) {
        if (millis <= 0) {
            throw invalidTimeout(option, String.valueOf(millis), null);
        }
    }

    private static IllegalArgumentException invalidTimeout(String option, String value, Exception cause) {
        return new IllegalArgumentException("Invalid option " + option + " " + LogValues.safe(value)
                                            + ": it must be a duration above 0, in milliseconds or such as 30s "
                                            + "(0 would wait forever), e.g. " + option + "="
                                            + TIMEOUT_OPTIONS.get(option), cause);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = newClient(configuration.getMaxRetries());
        profileSchemas = new CachedProfileSchemas(configuration.getSchemaCacheTtl());
    }

    private OktaClient newClient(int maxRetries) {
        OktaComponent component = getComponent();
        return new OktaClient(component.transport(configuration.getHttpClient()), component.rateLimits(),
                new OktaHttpTransport.Target(orgUrl, configuration.getApiToken(), configuration.getConnectTimeout(),
                        configuration.getResponseTimeout()),
                configuration.getRateLimitCapacity(), maxRetries, configuration.getMaxRetryWait());
    }

    /** A client for health checks: same org, token, pool and rate limits, but no retries, so a check answers at once. */
    OktaClient probeClient() {
        return newClient(0);
    }

    @Override
    public Producer createProducer() {
        return new OktaProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The okta component has no consumer: use it in to(\"okta:...\")");
    }

    @Override
    public OktaComponent getComponent() {
        return (OktaComponent) super.getComponent();
    }

    public OktaConfiguration getConfiguration() {
        return configuration;
    }

    OktaClient client() {
        return client;
    }

    /** The org's user schemas, each read once per schemaCacheTtl, shared by this endpoint's calls. */
    ProfileSchemas profileSchemas() {
        return profileSchemas;
    }

    /** An option's value by its name, e.g. {@code typeId}, for the parameters that default to one; null when unset. */
    Object option(String name) {
        return CONFIGURATION_OPTIONS.getOptionValue(configuration, name, false);
    }

    @Override
    public String getServiceUrl() {
        return orgUrl == null ? null : orgUrl.toString();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
