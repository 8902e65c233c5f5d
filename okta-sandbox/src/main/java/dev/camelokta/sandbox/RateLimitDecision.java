package dev.camelokta.sandbox;

/**
 * The outcome of counting a request against its bucket, and what the {@code X-Rate-Limit-*} headers say.
 *
 * @param allowed        whether the request may be served
 * @param limit          {@code X-Rate-Limit-Limit}
 * @param remaining      {@code X-Rate-Limit-Remaining}
 * @param resetEpochSeconds {@code X-Rate-Limit-Reset}: when the current window ends, in whole epoch seconds
 */
record RateLimitDecision(boolean allowed, int limit, int remaining, long resetEpochSeconds) {

    /** What an unlimited sandbox decides: serve, and send no rate-limit headers. */
    static final RateLimitDecision UNLIMITED = new RateLimitDecision(true, -1, -1, -1);

    boolean hasHeaders() {
        return limit >= 0;
    }
}
