package dev.camelokta.component.okta;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;

import dev.camelokta.component.okta.http.OktaHttpTransport;
import dev.camelokta.component.okta.http.RateLimitTracker;
import dev.camelokta.component.okta.http.TokenSafeConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The okta component: manage Okta users from routes. Holds what its endpoints share: the default options, one pooled
 * HTTP client, the bound on requests in flight and what is known of Okta's rate limits.
 */
@Component("okta")
public class OktaComponent extends HealthCheckComponent {

    @Metadata(description = "The shared configuration: defaults of every endpoint")
    private OktaConfiguration configuration = new OktaConfiguration();

    @Metadata(label = "advanced", defaultValue = "16",
              description = "The most requests in flight to Okta across all endpoints of this component "
                            + "(Okta's org concurrency limit is 75); the pooled HTTP client is sized to it.")
    private int maxConcurrentRequests = 16;

    private final RateLimitTracker rateLimits = new RateLimitTracker();
    private Semaphore inFlight;
    private CloseableHttpClient pooledClient;
    private OktaHttpTransport pooledTransport;

    public OktaComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        OktaConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(OktaOperation.fromName(remaining));
        OktaEndpoint endpoint = new OktaEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpointConfiguration.setApiToken(
                OktaApiToken.resolve(getCamelContext(), endpointConfiguration.getApiToken(), configuration.getApiToken()));
        endpoint.validate();
        return endpoint;
    }

    /** Registers apiToken as a secret before Camel Main binds and summarizes the camel.component.okta.* properties. */
    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        if (camelContext != null) {
            OktaSensitiveKeywords.register(camelContext);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("Invalid option maxConcurrentRequests " + maxConcurrentRequests
                                               + ": it must be at least 1, e.g. 16");
        }
        inFlight = new Semaphore(maxConcurrentRequests);
    }

    @Override
    protected void doStop() throws Exception {
        IOHelper.close(pooledClient);
        pooledClient = null;
        pooledTransport = null;
        super.doStop();
    }

    /** The transport for an endpoint: over its own client when it has one, else over the component's pool. */
    synchronized OktaHttpTransport transport(CloseableHttpClient endpointClient) {
        if (endpointClient != null) {
            return new OktaHttpTransport(endpointClient, inFlight, userAgent());
        }
        if (pooledTransport == null) {
            pooledClient = createPooledClient();
            pooledTransport = new OktaHttpTransport(pooledClient, inFlight, userAgent());
        }
        return pooledTransport;
    }

    RateLimitTracker rateLimits() {
        return rateLimits;
    }

    private CloseableHttpClient createPooledClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionFactory(TokenSafeConnectionFactory.INSTANCE) // no header/wire log of the token
                        .setMaxConnTotal(maxConcurrentRequests)
                        .setMaxConnPerRoute(maxConcurrentRequests)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(configuration.getConnectTimeout()))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .disableAutomaticRetries() // retries are decided in one place: OktaClient
                .disableCookieManagement()
                .disableRedirectHandling()
                .setUserAgent(userAgent())
                .build();
    }

    static String userAgent() {
        return "camel-okta/" + version() + " (Java " + System.getProperty("java.version") + ")";
    }

    private static String version() {
        try (InputStream in = OktaComponent.class.getResourceAsStream("/camel-okta-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    public OktaConfiguration getConfiguration() {
        return configuration;
    }

    /** The shared configuration: defaults of every endpoint. */
    public void setConfiguration(OktaConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }
}
