package dev.camelokta.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A fixed-window rate limit: at most {@code limit} requests per {@code window}.
 *
 * <p>Windows are aligned on the epoch, like Okta's, so a window's end (the
 * {@code X-Rate-Limit-Reset} header) is always a whole epoch second; that is why the window
 * must be a whole number of seconds.
 */
public record RateLimit(int limit, Duration window) {

    /** Okta's default for the users endpoints of a developer org. */
    public static final RateLimit OKTA_DEFAULT = new RateLimit(600, Duration.ofMinutes(1));

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("A rate limit must allow at least one request, was " + limit);
        }
        if (window.isNegative() || window.toSeconds() < 1 || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("A rate-limit window must be a whole number of seconds, was " + window);
        }
    }

    long windowSeconds() {
        return window.toSeconds();
    }

    @Override
    public String toString() {
        return limit + "/" + window.toSeconds() + "s";
    }
}
