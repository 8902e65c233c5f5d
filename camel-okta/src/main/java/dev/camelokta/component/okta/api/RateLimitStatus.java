package dev.camelokta.component.okta.api;


/**
 * The X-Rate-Limit-* headers of one Okta response.
 *
 * @param limit     requests allowed in the bucket's window
 * @param remaining requests left in the window
 * @param resetEpochSeconds when the window resets, in epoch seconds (Okta's clock)
 */
public record RateLimitStatus(int limit, int remaining, long resetEpochSeconds) {

    /** Reads the three headers; null when any is missing or not a number. */
    public static RateLimitStatus from(String limit, String remaining, String reset) {
        if (limit == null || remaining == null || reset == null) {
            return null;
        }
        try {
            return new RateLimitStatus(Integer.parseInt(limit.trim()), Integer.parseInt(remaining.trim()),
                    Long.parseLong(reset.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
