package dev.camelokta.component.okta;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.http.CallDeadlines;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The okta component: manage Okta users from routes. Holds what its endpoints share: the default options, one pooled
 * HTTP client, the bound on requests in flight and what is known of Okta's rate limits.
 */
@Component("okta")
public class OktaComponent extends HealthCheckComponent {

    /** HttpClient's wire log: every byte sent, the Authorization header with the token included. */
    static final String WIRE_LOG = "org.apache.hc.client5.http.wire";

    private static final Logger LOG = LoggerFactory.getLogger(OktaComponent.class);

    @Metadata(description = "The shared configuration: defaults of every endpoint")
    private OktaConfiguration configuration = new OktaConfiguration();

    @Metadata(label = "advanced", defaultValue = "16",
              description = "The most requests in flight to Okta across all endpoints of this component "
                            + "(Okta's org concurrency limit is 75); the pooled HTTP client is sized to it.")
    private int maxConcurrentRequests = 16;

    private final RateLimitTracker rateLimits = new RateLimitTracker();
    private final CallDeadlines deadlines = new CallDeadlines();
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
        OktaEndpoint.checkTimeoutOptions(getCamelContext(), parameters);
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
        inFlight = new Semaphore(maxConcurrentRequests, true); // fair: a caller waits its turn, never starves to a timeout
        deadlines.start();
        OktaOperations.all(); // an operation without a descriptor fails here, not in a call
    }

    @Override
    protected void doStop() throws Exception {
        deadlines.stop();
        IOHelper.close(pooledClient);
        pooledClient = null;
        pooledTransport = null;
        super.doStop();
    }

    /** The transport for an endpoint: over its own client when it has one, else over the component's pool. */
    synchronized OktaHttpTransport transport(CloseableHttpClient endpointClient) {
        if (endpointClient != null) {
            warnWhenTheWireLogShowsTheToken();
            return new OktaHttpTransport(endpointClient, inFlight, deadlines, userAgent());
        }
        if (pooledTransport == null) {
            pooledClient = createPooledClient();
            pooledTransport = new OktaHttpTransport(pooledClient, inFlight, deadlines, userAgent());
        }
        return pooledTransport;
    }

    /**
     * The token in a request can be masked in HttpClient's header log (it prints each header's toString), but not in
     * its wire log, which prints the bytes sent: only the connections of the client can keep it silent, and a client
     * given with httpClient has its own. The component cannot see which connections it has, so it warns.
     */
    private static void warnWhenTheWireLogShowsTheToken() {
        if (LoggerFactory.getLogger(WIRE_LOG).isDebugEnabled()) {
            LOG.warn("An okta endpoint calls Okta with its own httpClient while the logger {} is at DEBUG: HttpClient's "
                     + "wire log prints every byte sent, the API token in the Authorization header included, unless the "
                     + "client's connections come from TokenSafeConnectionFactory. Set {} to INFO, or leave httpClient "
                     + "unset to use the component's client, which never logs the token.", WIRE_LOG, WIRE_LOG);
        }
    }

    RateLimitTracker rateLimits() {
        return rateLimits;
    }

    private CloseableHttpClient createPooledClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // no header or wire log of the token; limits on the answer's head
                        .setConnectionFactory(TokenSafeConnectionFactory.INSTANCE)
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
