package dev.camelokta.component.okta.http;

import dev.camelokta.component.okta.api.RateLimitStatus;
import java.net.URI;
import java.util.List;

import dev.camelokta.component.okta.api.OktaApiException;

import static dev.camelokta.component.okta.logging.LogValues.safe;

/**
 * A call that ended before sending because its rate-limit bucket would have kept it waiting longer than
 * {@code maxRetryWait}. It is rate-limited like a 429, but Okta was not asked: {@link #getHttpStatus()} is 0, and
 * {@link #getRateLimit()} holds the bucket as this component counts it, when its window is known.
 */
public final class RateLimitWaitTooLongException extends OktaApiException {

    private static final long serialVersionUID = 1L;

    private RateLimitWaitTooLongException(String message, RateLimitStatus knownWindow) {
        super(message, 0, null, null, List.of(), null, knownWindow, null);
    }

    /**
     * @param knownWindow the bucket's window as counted here, or null when the window is unknown
     * @param waitedMillis how long the call had waited already
     */
    static RateLimitWaitTooLongException of(OktaRateLimitBucket bucket, URI orgUrl, RateLimitStatus knownWindow,
                                            int capacityPercent, long maxWaitMillis, long waitedMillis) {
        StringBuilder message = new StringBuilder("Okta rate-limit bucket ").append(bucket).append(" of ")
                .append(safe(orgUrl));
        if (knownWindow != null && waitedMillis == 0) {
            message.append(" is spent until ").append(knownWindow.resetInstant());
            appendShare(message, knownWindow, capacityPercent);
            message.append(", which is more than maxRetryWait (").append(maxWaitMillis).append(" ms) away");
        } else {
            message.append(" had no room for this call within maxRetryWait (").append(maxWaitMillis).append(" ms)");
            if (knownWindow != null) {
                message.append(": it is spent until ").append(knownWindow.resetInstant());
                appendShare(message, knownWindow, capacityPercent);
            } else {
                message.append(": its window has passed and no answer has told the new one yet");
            }
        }
        return new RateLimitWaitTooLongException(message.append("; no request was sent").toString(), knownWindow);
    }

    private static void appendShare(StringBuilder message, RateLimitStatus window, int capacityPercent) {
        message.append(" (limit ").append(window.limit()).append(" per window, using ").append(capacityPercent)
                .append("%)");
    }

    /** Rate-limited, although no request was sent. */
    @Override
    public boolean isRateLimited() {
        return true;
    }
}
