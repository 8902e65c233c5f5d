package dev.camelokta.benchmarks;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A run cut at the resets of the sandbox's rate-limit windows: samples of its counters at the start, at each reset and
 * at the end. The windows between the first and the last reset are full: their creations per second are the steady
 * state, free of the bonus or loss of the partial first window.
 *
 * @param samples first the start, then one per reset, last the end
 */
record RateWindows(List<Sample> samples) {

    /** The sandbox's counters at one moment. */
    record Sample(long epochMillis, long usersCreated, long tooManyRequests) {
    }

    /** The full windows of the run: at least one is needed for a steady state. */
    int fullWindows() {
        return Math.max(0, samples.size() - 3);
    }

    /** Users created per second over the full windows; NaN when there is none. */
    double steadyStateRate() {
        if (fullWindows() == 0) {
            return Double.NaN;
        }
        return rate(firstReset(), samples.get(samples.size() - 2));
    }

    /** The 429s sent from the first reset to the end. */
    long tooManyRequestsSinceFirstReset() {
        return samples.size() < 3 ? end().tooManyRequests() : end().tooManyRequests() - firstReset().tooManyRequests();
    }

    /** Users created in each window, e.g. {@code 612*, 1000, 1000, 388*} (* a partial window). */
    String describe() {
        return IntStream.range(1, samples.size())
                .mapToObj(i -> (samples.get(i).usersCreated() - samples.get(i - 1).usersCreated())
                               + (i == 1 || i == samples.size() - 1 ? "*" : "")
                               + tooManyRequests(i))
                .collect(Collectors.joining(", "));
    }

    private String tooManyRequests(int window) {
        long count = samples.get(window).tooManyRequests() - samples.get(window - 1).tooManyRequests();
        return count == 0 ? "" : " (" + count + " 429s)";
    }

    private Sample firstReset() {
        return samples.get(1);
    }

    private Sample end() {
        return samples.get(samples.size() - 1);
    }

    private static double rate(Sample from, Sample to) {
        return (to.usersCreated() - from.usersCreated()) / ((to.epochMillis() - from.epochMillis()) / 1000.0);
    }
}
