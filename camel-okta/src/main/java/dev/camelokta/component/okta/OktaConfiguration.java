package dev.camelokta.component.okta;

import dev.camelokta.component.okta.api.OktaOperation;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The options of the okta component and its endpoints. Set on the component, they are the defaults of every endpoint;
 * set on an endpoint URI, they override them for that endpoint.
 */
@UriParams
@Configurer
public class OktaConfiguration implements Cloneable {

    @UriPath(description = "The operation to perform. The card's snake_case names (create_user, ...) are accepted too.")
    @Metadata(required = true)
    private OktaOperation operation;

    @UriParam(label = "common", description = "The Okta org subdomain: acme for https://acme.okta.com. "
                                              + "A single DNS label; use baseUrl for other domains.")
    private String subdomain;

    @UriParam(label = "security", secret = true,
              description = "The Okta API token (SSWS), sent as the header Authorization: SSWS {token}; or where the "
                            + "component reads it, so that Camel never logs it: env:NAME (an environment variable) or "
                            + "property:KEY (a property, e.g. of application.properties).")
    @Metadata(required = true)
    private String apiToken;

    @UriParam(label = "common", description = "The full org URL, for *.oktapreview.com, *.okta-emea.com or a custom domain "
                                              + "(https required, except on loopback for tests). Wins over subdomain.")
    private String baseUrl;

    @UriParam(label = "producer", defaultValue = "false",
              description = "false: a failed call ends with success=false and an error in the result (the card's model). "
                            + "true: it throws OktaApiException, for onException and redelivery.")
    private boolean throwExceptionOnFailure;

    @UriParam(label = "producer", defaultValue = "true",
              description = "createUser: whether to activate the user on creation, when the exchange does not say.")
    private boolean activate = true;

    @UriParam(label = "producer", description = "createUser: the user type id to create users with, when the exchange does not say.")
    private String typeId;

    @UriParam(label = "producer", defaultValue = "false",
              description = "The lists (listUsers, ...): true gives one page result with the cursor of the next page; false "
                            + "an Iterator of every item, fetching each page as the route consumes it.")
    private boolean singlePage;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to Okta, in milliseconds (or a duration such as 10s); "
                            + "above 0.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The deadline of one attempt, in milliseconds (or a duration such as 30s); above 0. Okta's "
                            + "whole answer, headers and body, must come within it, or the connection is closed; the "
                            + "wait for a free request slot (maxConcurrentRequests) is bounded by it too.")
    private long responseTimeout = 30_000;

    @UriParam(label = "advanced", defaultValue = "4",
              description = "How many times a call is retried after a 429, a 503/504 or a connection failure.")
    private int maxRetries = 4;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest single wait before a retry (a rate limit reset further away ends the call).")
    private long maxRetryWait = 60_000;

    @UriParam(label = "advanced", defaultValue = "100",
              description = "The percent (1-100) of each Okta rate-limit bucket this component may use; calls wait for the "
                            + "bucket's reset rather than spend more, leaving the rest to other integrations of the org.")
    private int rateLimitCapacity = 100;

    @UriParam(label = "advanced", defaultValue = "600000", javaType = "java.time.Duration",
              description = "createUser and updateUser: how long a user type's profile schema, read to refuse unknown "
                            + "profile attributes before any write, is kept before it is read again, in milliseconds (or a "
                            + "duration such as 10m). 0 reads it on every call that needs it.")
    private long schemaCacheTtl = 600_000;

    @UriParam(label = "advanced",
              description = "Your own Apache HttpClient 5 client; the component's pooled client is used when not set. "
                            + "Deadlines, the body limit and the token's mask in the header log apply to it too; "
                            + "the header limits and a silent wire log only if its connections come from "
                            + "TokenSafeConnectionFactory.")
    private CloseableHttpClient httpClient;

    public OktaOperation getOperation() {
        return operation;
    }

    public void setOperation(OktaOperation operation) {
        this.operation = operation;
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

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public boolean isActivate() {
        return activate;
    }

    public void setActivate(boolean activate) {
        this.activate = activate;
    }

    public String getTypeId() {
        return typeId;
    }

    public void setTypeId(String typeId) {
        this.typeId = typeId;
    }

    public boolean isSinglePage() {
        return singlePage;
    }

    public void setSinglePage(boolean singlePage) {
        this.singlePage = singlePage;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getMaxRetryWait() {
        return maxRetryWait;
    }

    public void setMaxRetryWait(long maxRetryWait) {
        this.maxRetryWait = maxRetryWait;
    }

    public int getRateLimitCapacity() {
        return rateLimitCapacity;
    }

    public void setRateLimitCapacity(int rateLimitCapacity) {
        this.rateLimitCapacity = rateLimitCapacity;
    }

    public long getSchemaCacheTtl() {
        return schemaCacheTtl;
    }

    public void setSchemaCacheTtl(long schemaCacheTtl) {
        this.schemaCacheTtl = schemaCacheTtl;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public OktaConfiguration copy() {
        try {
            return (OktaConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "OktaConfiguration[operation=" + operation + ", subdomain=" + subdomain + ", baseUrl=" + baseUrl
               + ", apiToken=" + (apiToken == null ? "<unset>" : "<masked>") + "]";
    }
}
