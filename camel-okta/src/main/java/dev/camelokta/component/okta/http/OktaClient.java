package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaHttpTransport.Target;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's way to Okta: waits for the rate-limit bucket, sends, learns from the answer's headers, and retries
 * what may be retried (a 429 after its reset; 503, 504 and lost connections with back-off).
 */
public final class OktaClient {

    private static final Logger LOG = LoggerFactory.getLogger(OktaClient.class);

    private final OktaHttpTransport transport;
    private final RateLimitTracker rateLimits;
    private final Target target;
    private final int rateLimitCapacity;
    private final int maxRetries;
    private final long maxRetryWaitMillis;
    private final RetryPolicy<OktaResponse> retryPolicy;

    public OktaClient(OktaHttpTransport transport, RateLimitTracker rateLimits, Target target, int rateLimitCapacity,
                      int maxRetries, long maxRetryWaitMillis) {
        this.transport = transport;
        this.rateLimits = rateLimits;
        this.target = target;
        this.rateLimitCapacity = rateLimitCapacity;
        this.maxRetries = maxRetries;
        this.maxRetryWaitMillis = maxRetryWaitMillis;
        this.retryPolicy = retryPolicy();
    }

    /**
     * @return Okta's answer, whatever its status (the last one when retried)
     * @throws OktaApiException when no answer came
     */
    public OktaResponse send(OktaRequest request) {
        AtomicBoolean ambiguousFailure = new AtomicBoolean();
        try {
            OktaResponse response = Failsafe.with(retryPolicy).get(context -> attempt(request, ambiguousFailure));
            return ambiguousFailure.get() ? response.markedAfterAmbiguousFailure() : response;
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw OktaApiException.withoutResponse("Interrupted while calling Okta: " + request.describe(), cause);
            }
            throw OktaFailures.noAnswer(request, target, cause);
        }
    }

    /** One attempt; notes when Okta may have processed it although the answer is a failure or never came. */
    private OktaResponse attempt(OktaRequest request, AtomicBoolean ambiguousFailure) throws IOException, InterruptedException {
        rateLimits.acquire(target.orgUrl(), request.bucket(), rateLimitCapacity);
        OktaResponse response;
        try {
            response = transport.send(request, target);
        } catch (IOException e) {
            rateLimits.recordNoAnswer(target.orgUrl(), request.bucket());
            if (RetryDecision.ambiguous(null, e)) {
                ambiguousFailure.set(true);
            }
            throw e;
        }
        rateLimits.record(target.orgUrl(), response, System.currentTimeMillis());
        if (RetryDecision.ambiguous(response, null)) {
            ambiguousFailure.set(true);
        }
        return response;
    }

    private RetryPolicy<OktaResponse> retryPolicy() {
        return RetryPolicy.<OktaResponse> builder()
                .handleIf((response, failure) -> RetryDecision.retryable(response, failure))
                .abortIf((response, failure) -> response != null && response.status() == 429
                                                && rateLimitWaitMillis(response) > maxRetryWaitMillis)
                .withMaxRetries(maxRetries)
                .withDelayFn(context -> Duration.ofMillis(
                        waitBeforeRetry(context.getLastResult(), context.getAttemptCount())))
                .onRetry(event -> LOG.info("Retrying an Okta call (retry {} of {}) after {}", event.getAttemptCount(),
                        maxRetries, describe(event.getLastResult(), event.getLastException())))
                .build();
    }

    private long waitBeforeRetry(OktaResponse lastResult, int attempts) {
        if (lastResult != null && lastResult.status() == 429) {
            return Math.max(0, rateLimitWaitMillis(lastResult));
        }
        return RetryDecision.backoffMillis(attempts - 1, maxRetryWaitMillis);
    }

    /** Until the reset Okta announced, read against Okta's clock; a short back-off when it announced none. */
    private long rateLimitWaitMillis(OktaResponse response) {
        if (response.rateLimit() == null) {
            return RetryDecision.BACKOFF_BASE_MILLIS;
        }
        return rateLimits.localResetMillis(target.orgUrl(), response.rateLimit().resetEpochSeconds())
               - System.currentTimeMillis();
    }

    private static String describe(OktaResponse response, Throwable failure) {
        if (response != null) {
            return response.request().describe() + ": HTTP " + response.status()
                   + (response.rateLimit() == null
                           ? "" : " (rate limit resets at " + Instant.ofEpochSecond(response.rateLimit().resetEpochSeconds())
                                  + ")");
        }
        return String.valueOf(failure);
    }
}
