package dev.camelokta.component.okta.api;

import java.time.Instant;

/**
 * The X-Rate-Limit-* headers of one Okta response.
 * <p>
 * What is believed of them, in two steps:
 * <ol>
 * <li>{@link #from}: all three headers are non-negative whole numbers, Limit and Remaining fit an {@code int}, and
 * Reset is no later than 9999-12-31T23:59:59Z. Anything else (a reset of {@code Long.MAX_VALUE}, a negative value, a
 * limit past {@code int}) is read as no headers at all, so that no instant or millisecond computed from them can
 * overflow.</li>
 * <li>{@link #plausibleAt}: the headers describe a bucket's window only when Limit is above 0, Remaining is at most
 * Limit, and Reset is at most {@link #MAX_RESET_AHEAD_SECONDS} ahead of Okta's clock and at most one window
 * ({@link #WINDOW_SECONDS}) behind it. Okta's windows are at most a minute long, so a reset in 2100 is not a fact to
 * wait for but a broken header. Limit 0 is how Okta reports a refusal for its concurrency limit
 * ({@link #isConcurrencyLimit()}), whose reset is only an estimate.</li>
 * </ol>
 *
 * @param limit     requests allowed in the bucket's window; 0 when Okta refused the request for its concurrency limit
 * @param remaining requests left in the window
 * @param resetEpochSeconds when the window resets, in epoch seconds (Okta's clock)
 */
public record RateLimitStatus(int limit, int remaining, long resetEpochSeconds) {

    /** The latest reset read at all, 9999-12-31T23:59:59Z: every instant and epoch millisecond of it fits. */
    public static final long MAX_RESET_EPOCH_SECONDS = 253_402_300_799L;
    /** Okta's longest rate-limit window. */
    public static final long WINDOW_SECONDS = 60;
    /** How far ahead of Okta's clock a reset may lie and still be believed: a few of Okta's longest windows. */
    public static final long MAX_RESET_AHEAD_SECONDS = 5 * 60;

    /** Reads the three headers; null when any is missing, not a whole number, or out of the range above. */
    public static RateLimitStatus from(String limit, String remaining, String reset) {
        if (limit == null || remaining == null || reset == null) {
            return null;
        }
        try {
            int limitValue = Integer.parseInt(limit.trim());
            int remainingValue = Integer.parseInt(remaining.trim());
            long resetValue = Long.parseLong(reset.trim());
            if (limitValue < 0 || remainingValue < 0 || resetValue < 0 || resetValue > MAX_RESET_EPOCH_SECONDS) {
                return null;
            }
            return new RateLimitStatus(limitValue, remainingValue, resetValue);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Okta refused the request for its concurrency limit (too many requests in flight at once), not for the
     * bucket's window: it then reports Limit and Remaining as 0 and an estimated reset.
     */
    public boolean isConcurrencyLimit() {
        return limit == 0;
    }

    /** Whether the headers can describe a bucket's window when Okta's clock shows the given epoch millisecond. */
    public boolean plausibleAt(long oktaNowMillis) {
        long resetMillis = resetMillis();
        return limit > 0 && remaining <= limit
               && resetMillis >= oktaNowMillis - WINDOW_SECONDS * 1000
               && resetMillis <= oktaNowMillis + MAX_RESET_AHEAD_SECONDS * 1000;
    }

    /** The reset as an instant, for messages; never throws, whatever the record was built with. */
    public Instant resetInstant() {
        return instantOf(resetEpochSeconds);
    }

    /** An epoch second for a message: one outside 0 to {@link #MAX_RESET_EPOCH_SECONDS} is shown as the nearest. */
    public static Instant instantOf(long epochSeconds) {
        return Instant.ofEpochSecond(clamped(epochSeconds));
    }

    /** Limits an epoch second to 0 to {@link #MAX_RESET_EPOCH_SECONDS}, where no instant or millisecond overflows. */
    public static long clamped(long epochSeconds) {
        return Math.max(0, Math.min(epochSeconds, MAX_RESET_EPOCH_SECONDS));
    }

    private long resetMillis() {
        return clamped(resetEpochSeconds) * 1000;
    }
}
