package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaHttpTransport.Target;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static dev.camelokta.component.okta.logging.LogValues.safe;

/**
 * An endpoint's way to Okta: waits for the rate-limit bucket (at most maxRetryWait), sends, learns from the answer's
 * headers, and retries what may be retried (a 429 after its reset, or with back-off when the reset is unknown or
 * Okta's concurrency limit refused it; 503, 504 and lost connections with back-off).
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
    private final RetryPolicy<OktaResponse> notAmbiguousRetryPolicy;

    public OktaClient(OktaHttpTransport transport, RateLimitTracker rateLimits, Target target, int rateLimitCapacity,
                      int maxRetries, long maxRetryWaitMillis) {
        this.transport = transport;
        this.rateLimits = rateLimits;
        this.target = target;
        this.rateLimitCapacity = rateLimitCapacity;
        this.maxRetries = maxRetries;
        this.maxRetryWaitMillis = maxRetryWaitMillis;
        this.retryPolicy = retryPolicy(true);
        this.notAmbiguousRetryPolicy = retryPolicy(false);
    }

    /** The org's URL: where every request goes, and the only origin a list's next page may come from. */
    public URI orgUrl() {
        return target.orgUrl();
    }

    /**
     * @return Okta's answer, whatever its status (the last one when retried)
     * @throws OktaApiException when no answer came, the answer could not be read, the call was interrupted, or the
     *                          rate-limit bucket would have kept it waiting longer than maxRetryWait
     */
    public OktaResponse send(OktaRequest request) {
        AtomicBoolean ambiguousFailure = new AtomicBoolean();
        try {
            RetryPolicy<OktaResponse> policy = request.retriedWhenAmbiguous() ? retryPolicy : notAmbiguousRetryPolicy;
            OktaResponse response = Failsafe.with(policy).get(context -> attempt(request, ambiguousFailure));
            return ambiguousFailure.get() ? response.markedAfterAmbiguousFailure() : response;
        } catch (OktaApiException e) {
            throw e;
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                Thread.currentThread().interrupt();
                throw OktaApiException.withoutResponse("Interrupted while calling Okta: " + safe(request.describe()), cause);
            }
            throw OktaFailures.noAnswer(request, target, cause);
        }
        // any other RuntimeException (a bug, or a user-supplied client that throws) goes on to the producer's and the
        // health check's safety net, which keeps the token out of its message; the bucket's probe is released anyway
    }

    /**
     * One attempt; notes when Okta may have processed it although the answer is a failure or never came. Whatever
     * ends it (an answer, an exception, an interrupt) ends the bucket's probe, so no bucket is left waiting.
     */
    private OktaResponse attempt(OktaRequest request, AtomicBoolean ambiguousFailure) throws IOException, InterruptedException {
        rateLimits.acquire(target.orgUrl(), request.bucket(), rateLimitCapacity, maxRetryWaitMillis);
        boolean recorded = false;
        try {
            OktaResponse response = transport.send(request, target);
            rateLimits.record(target.orgUrl(), response, System.currentTimeMillis());
            recorded = true;
            if (RetryDecision.ambiguous(response, null)) {
                ambiguousFailure.set(true);
            }
            return response;
        } catch (IOException e) {
            if (RetryDecision.ambiguous(null, e)) {
                ambiguousFailure.set(true);
            }
            throw e;
        } finally {
            if (!recorded) {
                rateLimits.recordNoAnswer(target.orgUrl(), request.bucket());
            }
        }
    }

    /** @param ambiguousToo whether failures that Okta may have processed are retried (see OktaRequest) */
    private RetryPolicy<OktaResponse> retryPolicy(boolean ambiguousToo) {
        return RetryPolicy.<OktaResponse> builder()
                .handleIf((response, failure) -> ambiguousToo ? RetryDecision.retryable(response, failure)
                        : RetryDecision.notProcessed(response, failure))
                .abortIf((response, failure) -> response != null && response.status() == 429
                                                && untilReset(response).orElse(0) > maxRetryWaitMillis)
                .withMaxRetries(maxRetries)
                .withDelayFn(context -> Duration.ofMillis(
                        waitBeforeRetry(context.getLastResult(), context.getAttemptCount())))
                .onRetry(event -> LOG.info("Retrying an Okta call (retry {} of {}) after {}", event.getAttemptCount(),
                        maxRetries, describe(event.getLastResult(), event.getLastException())))
                .build();
    }

    /**
     * A 429 waits for the reset Okta announced; one whose reset is unknown (none, implausible, or Okta's
     * concurrency limit, whose reset is only an estimate) backs off briefly, like other retries.
     */
    private long waitBeforeRetry(OktaResponse lastResult, int attempts) {
        if (lastResult != null && lastResult.status() == 429) {
            OptionalLong untilReset = untilReset(lastResult);
            if (untilReset.isPresent()) {
                return Math.max(0, untilReset.getAsLong());
            }
        }
        return RetryDecision.backoffMillis(attempts - 1, maxRetryWaitMillis);
    }

    /** Until the reset Okta announced, read against Okta's clock; empty when the reset is unknown. */
    private OptionalLong untilReset(OktaResponse response) {
        long now = System.currentTimeMillis();
        OptionalLong resetAt = rateLimits.localResetMillis(target.orgUrl(), response.rateLimit(), now);
        return resetAt.isPresent() ? OptionalLong.of(resetAt.getAsLong() - now) : OptionalLong.empty();
    }

    private String describe(OktaResponse response, Throwable failure) {
        if (response == null) {
            return safe(failure);
        }
        String line = safe(response.request().describe()) + ": HTTP " + response.status();
        RateLimitStatus rateLimit = response.rateLimit();
        if (rateLimit == null) {
            return line;
        }
        if (rateLimit.isConcurrencyLimit()) {
            return line + " (Okta's concurrency limit)";
        }
        return untilReset(response).isPresent()
                ? line + " (rate limit resets at " + rateLimit.resetInstant() + ")"
                : line + " (rate-limit headers implausible, reset unknown)";
    }
}
