package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.camelokta.component.okta.api.RateLimitStatus;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request to Okta and reads the answer: the only class that speaks HTTP. It adds the SSWS token, bounds the
 * requests in flight across the component, and logs each exchange at DEBUG without the token.
 */
public final class OktaHttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(OktaHttpTransport.class);

    private final CloseableHttpClient client;
    private final Semaphore inFlight;
    private final String userAgent;

    public OktaHttpTransport(CloseableHttpClient client, Semaphore inFlight, String userAgent) {
        this.client = client;
        this.inFlight = inFlight;
        this.userAgent = userAgent;
    }

    /** What an endpoint sends with every request. */
    public record Target(URI orgUrl, String apiToken, long connectTimeoutMillis, long responseTimeoutMillis,
                         RequestConfig requestConfig) {

        @SuppressWarnings("deprecation") // a per-request connect timeout lets endpoints of one component differ
        public Target(URI orgUrl, String apiToken, long connectTimeoutMillis, long responseTimeoutMillis) {
            this(orgUrl, apiToken, connectTimeoutMillis, responseTimeoutMillis, RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofMilliseconds(connectTimeoutMillis))
                    .setResponseTimeout(Timeout.ofMilliseconds(responseTimeoutMillis))
                    .setRedirectsEnabled(false)
                    .build());
        }

        @Override
        public String toString() {
            return "Target[" + orgUrl + "]"; // never the token
        }
    }

    public OktaResponse send(OktaRequest request, Target target) throws IOException, InterruptedException {
        HttpUriRequestBase http = toHttpRequest(request, target);
        inFlight.acquire();
        long start = System.nanoTime();
        try {
            OktaResponse response = client.execute(http, answer -> read(request, answer));
            if (LOG.isDebugEnabled()) {
                LOG.debug("Okta {} -> {} (request id {}, {} ms)", request.describe(), response.status(),
                        response.requestId(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            return response;
        } catch (IOException e) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("Okta {} -> no answer: {} ({} ms)", request.describe(), e,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            throw e;
        } finally {
            inFlight.release();
        }
    }

    private HttpUriRequestBase toHttpRequest(OktaRequest request, Target target) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri(request, target.orgUrl()));
        http.setHeader(HttpHeaders.AUTHORIZATION, "SSWS " + target.apiToken());
        http.setHeader(HttpHeaders.ACCEPT, "application/json");
        http.setHeader(HttpHeaders.USER_AGENT, userAgent);
        if (request.ifMatch() != null) {
            http.setHeader(HttpHeaders.IF_MATCH, request.ifMatch());
        }
        if (request.jsonBody() != null) {
            http.setEntity(new StringEntity(request.jsonBody(), ContentType.APPLICATION_JSON));
        }
        http.setConfig(target.requestConfig());
        return http;
    }

    /** Each path value is encoded as exactly one segment, so no id can change the path or the query. */
    static URI uri(OktaRequest request, URI orgUrl) {
        StringBuilder uri = new StringBuilder(orgUrl.toString());
        for (String segment : request.pathSegments()) {
            uri.append('/').append(encode(segment));
        }
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    /** Percent-encodes all but letters, digits and {@code - . _ *}; a space becomes %20, valid in a path and a query. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static OktaResponse read(OktaRequest request, org.apache.hc.core5.http.ClassicHttpResponse answer)
            throws IOException {
        HttpEntity entity = answer.getEntity();
        String body;
        try {
            body = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
        } catch (org.apache.hc.core5.http.ParseException e) {
            throw new IOException("Cannot read Okta's answer: " + e.getMessage(), e);
        }
        return new OktaResponse(
                request,
                answer.getCode(),
                entity == null ? null : entity.getContentType(),
                body,
                value(answer.getFirstHeader("X-Okta-Request-Id")),
                value(answer.getFirstHeader(HttpHeaders.ETAG)),
                RateLimitStatus.from(value(answer.getFirstHeader("X-Rate-Limit-Limit")),
                        value(answer.getFirstHeader("X-Rate-Limit-Remaining")),
                        value(answer.getFirstHeader("X-Rate-Limit-Reset"))),
                value(answer.getFirstHeader(HttpHeaders.DATE)),
                false,
                Arrays.stream(answer.getHeaders(HttpHeaders.LINK)).map(Header::getValue).toList());
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }
}
