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
import dev.camelokta.component.okta.logging.LogValues;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request to Okta and reads the answer: the only class that speaks HTTP. It adds the SSWS token, bounds the
 * requests in flight across the component, ends each exchange at its deadline, bounds what it reads of an answer, and
 * logs each exchange at DEBUG without the token.
 */
public final class OktaHttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(OktaHttpTransport.class);

    private final CloseableHttpClient client;
    private final Semaphore inFlight;
    private final CallDeadlines deadlines;
    private final String userAgent;

    public OktaHttpTransport(CloseableHttpClient client, Semaphore inFlight, CallDeadlines deadlines, String userAgent) {
        this.client = client;
        this.inFlight = inFlight;
        this.deadlines = deadlines;
        this.userAgent = userAgent;
    }

    /** What an endpoint sends with every request. */
    public record Target(URI orgUrl, String apiToken, long connectTimeoutMillis, long responseTimeoutMillis,
                         RequestConfig requestConfig, Header authorization) {

        @SuppressWarnings("deprecation") // a per-request connect timeout lets endpoints of one component differ
        public Target(URI orgUrl, String apiToken, long connectTimeoutMillis, long responseTimeoutMillis) {
            this(orgUrl, apiToken, connectTimeoutMillis, responseTimeoutMillis, RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofMilliseconds(connectTimeoutMillis))
                    .setResponseTimeout(Timeout.ofMilliseconds(responseTimeoutMillis))
                    .setConnectionRequestTimeout(Timeout.ofMilliseconds(responseTimeoutMillis))
                    .setRedirectsEnabled(false)
                    .build(),
                    new SecretHeader(HttpHeaders.AUTHORIZATION, "SSWS " + apiToken, "SSWS " + Redaction.MASK));
        }

        @Override
        public String toString() {
            return "Target[" + orgUrl + "]"; // never the token
        }
    }

    /**
     * One attempt: waits at most responseTimeout for a free request slot, then gives the exchange responseTimeout to
     * end, headers and body; past it the connection is closed. The slot is given back on every way out.
     *
     * @throws IOException          no (whole) answer; never a RuntimeException from reading one
     * @throws InterruptedException interrupted while waiting for a slot
     */
    public OktaResponse send(OktaRequest request, Target target) throws IOException, InterruptedException {
        HttpUriRequestBase http = toHttpRequest(request, target);
        long start = System.nanoTime();
        if (!inFlight.tryAcquire(target.responseTimeoutMillis(), TimeUnit.MILLISECONDS)) {
            throw logged(request, new NoFreeSlotException(target.responseTimeoutMillis()), start, target);
        }
        try {
            OktaResponse response = exchange(http, request, target);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Okta {} -> {} (request id {}, {} ms)", LogValues.safe(request.describe()), response.status(),
                        LogValues.safe(response.requestId()), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            return response;
        } catch (IOException e) {
            throw logged(request, e, start, target);
        } finally {
            inFlight.release();
        }
    }

    private OktaResponse exchange(HttpUriRequestBase http, OktaRequest request, Target target) throws IOException {
        CallDeadlines.Watch watch = deadlines.watch(http, target.responseTimeoutMillis());
        try {
            return client.execute(http, answer -> {
                try {
                    return OktaResponseReader.read(request, answer, target.apiToken());
                } catch (IOException | RuntimeException e) {
                    // closing the answer would read the rest of its body, which may never end: close the connection
                    http.cancel();
                    throw e instanceof IOException io ? io : new IOException("Cannot read Okta's answer: " + e, e);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw Redaction.redact(failure(e, watch, target), target.apiToken());
        } finally {
            deadlines.release(watch);
        }
    }

    /** What ended the exchange: its deadline, the component's stop, or the failure itself, as an IOException. */
    private static IOException failure(Exception e, CallDeadlines.Watch watch, Target target) {
        if (watch.cutOff() == CallDeadlines.CutOff.DEADLINE) {
            return new DeadlineExceededException(target.responseTimeoutMillis(), e);
        }
        if (watch.cutOff() == CallDeadlines.CutOff.STOPPED) {
            return new IOException("The okta component stopped during the call", e);
        }
        return e instanceof IOException io ? io : new IOException("HttpClient failed: " + e, e);
    }

    private static IOException logged(OktaRequest request, IOException e, long start, Target target) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Okta {} -> no answer: {} ({} ms)", LogValues.safe(request.describe()),
                    LogValues.safe(Redaction.redact(e.toString(), target.apiToken())),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return e;
    }

    private HttpUriRequestBase toHttpRequest(OktaRequest request, Target target) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri(request, target.orgUrl()));
        http.setHeader(target.authorization()); // masked in HttpClient's header log, whatever the client
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
}
