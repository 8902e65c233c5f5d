package dev.camelokta.springboot;

import java.time.Duration;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The okta component's options as {@code camel.component.okta.*} properties. Their javadoc is what IDEs show: the
 * configuration processor turns it into spring-configuration-metadata.json (enabled and customizer.enabled, inherited,
 * are described in additional-spring-configuration-metadata.json). The defaults are the component's own.
 */
@ConfigurationProperties(prefix = "camel.component.okta")
public class OktaComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The Okta org subdomain: acme for https://acme.okta.com. A single DNS label; use base-url for other domains.
     */
    private String subdomain;
    /**
     * The Okta API token (SSWS), sent as the header Authorization: SSWS {token}, or where the component reads it:
     * env:NAME for an environment variable. Keep it out of application.properties: e.g.
     * camel.component.okta.api-token=${OKTA_API_TOKEN}.
     */
    private String apiToken;
    /**
     * The full org URL, for *.oktapreview.com, *.okta-emea.com or a custom domain (https required, except on loopback
     * for tests). Wins over subdomain.
     */
    private String baseUrl;
    /**
     * false: a failed call ends with success=false and an error in the result (the card's model). true: it throws
     * OktaApiException, for onException and redelivery.
     */
    private Boolean throwExceptionOnFailure = false;
    /**
     * createUser: whether to activate the user on creation, when the exchange does not say.
     */
    private Boolean activate = true;
    /**
     * createUser: the user type id to create users with, when the exchange does not say.
     */
    private String typeId;
    /**
     * How long to wait for a connection to Okta (a duration such as 10s; a bare number is milliseconds).
     */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * The deadline of one attempt: Okta's whole answer, headers and body, must come within it, or the connection is
     * closed; the wait for a free request slot is bounded by it too. Above 0 (a duration such as 30s; a bare number is
     * milliseconds).
     */
    private Duration responseTimeout = Duration.ofSeconds(30);
    /**
     * The lists (listUsers, listGroups, listUserGroups, listGroupMembers): true gives one page result with the cursor
     * of the next page; false an Iterator of every item, fetching each page as the route consumes it.
     */
    private Boolean singlePage = false;
    /**
     * createUser and updateUser: how long a user type's profile schema, read to refuse an unknown profile attribute
     * before any write, is kept before it is read again; 0 reads it on every call that needs it.
     */
    private Duration schemaCacheTtl = Duration.ofMinutes(10);
    /**
     * How many times a call is retried after a 429, a 503/504 or a connection failure.
     */
    private Integer maxRetries = 4;
    /**
     * The longest single wait before a retry (a rate limit reset further away ends the call), e.g. 60s.
     */
    private Duration maxRetryWait = Duration.ofSeconds(60);
    /**
     * The percent (1-100) of each Okta rate-limit bucket this component may use; calls wait for the bucket's reset
     * rather than spend more, leaving the rest to other integrations of the org.
     */
    private Integer rateLimitCapacity = 100;
    /**
     * The most requests in flight to Okta across all endpoints of this component (Okta's org concurrency limit is 75);
     * the pooled HTTP client is sized to it.
     */
    private Integer maxConcurrentRequests = 16;
    /**
     * Your own Apache HttpClient 5 client, as a reference to a bean such as #bean:oktaHttpClient; the component's
     * pooled client is used when not set.
     */
    private CloseableHttpClient httpClient;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component.
     */
    private Boolean autowiredEnabled = true;
    /**
     * Used for enabling or disabling all consumer based health checks from this component.
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component: each okta producer probes
     * its org (the user types) to report whether Okta answers and accepts the token. Camel's producer health checks
     * must be on too (camel.health.producers-enabled=true).
     */
    private Boolean healthCheckProducerEnabled = true;

    public Boolean getSinglePage() {
        return singlePage;
    }

    public void setSinglePage(Boolean singlePage) {
        this.singlePage = singlePage;
    }

    public Duration getSchemaCacheTtl() {
        return schemaCacheTtl;
    }

    public void setSchemaCacheTtl(Duration schemaCacheTtl) {
        this.schemaCacheTtl = schemaCacheTtl;
    }

    public String getSubdomain() {
        return subdomain;
    }

    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Boolean getThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(Boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public Boolean getActivate() {
        return activate;
    }

    public void setActivate(Boolean activate) {
        this.activate = activate;
    }

    public String getTypeId() {
        return typeId;
    }

    public void setTypeId(String typeId) {
        this.typeId = typeId;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getMaxRetryWait() {
        return maxRetryWait;
    }

    public void setMaxRetryWait(Duration maxRetryWait) {
        this.maxRetryWait = maxRetryWait;
    }

    public Integer getRateLimitCapacity() {
        return rateLimitCapacity;
    }

    public void setRateLimitCapacity(Integer rateLimitCapacity) {
        this.rateLimitCapacity = rateLimitCapacity;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
}
