package dev.camelokta.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark 2: the CSV example provisions 5,000 users into an in-process sandbox whose create bucket allows 1,000 per
 * 10-second window (Okta's own windows are a minute with resets in whole seconds; a shorter window would measure the
 * rounding of those seconds rather than the component), once using 100% of the bucket and once 50%. Reports the
 * throughput against the limit, the 429s the sandbox sent, and whether every row was created exactly once.
 */
public final class BulkBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(BulkBenchmark.class);
    private static final int USERS = 5_000;
    private static final int CREATE_LIMIT = 1_000;
    private static final Duration WINDOW = Duration.ofSeconds(10);
    /** The other buckets (the example reads nothing else, but a bucket must have a limit) never hold anything back. */
    private static final int GENEROUS_LIMIT = 1_000_000;
    private static final int THREADS = 16;
    private static final int[] CAPACITIES = { 100, 50 };

    private BulkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> failures = new ArrayList<>();
        for (int capacity : CAPACITIES) {
            if (!run(capacity)) {
                failures.add("capacity=" + capacity);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("bulk: rows lost, failed or duplicated at " + failures + ": see the RESULT lines");
        }
    }

    /** One run with a fresh sandbox and work folder; true when every row was created exactly once. */
    private static boolean run(int capacity) throws Exception {
        double fullRate = CREATE_LIMIT / (double) WINDOW.toSeconds();
        double allowedRate = fullRate * capacity / 100;
        Duration deadline = Duration.ofSeconds((long) (2 * USERS / allowedRate) + 60);
        LOG.info("bulk capacity={}: {} users at up to {} per {} s window, {}% of it for the CSV route ({} users/s)",
                capacity, USERS, CREATE_LIMIT, WINDOW.toSeconds(), capacity, format(allowedRate));
        try (OktaSandbox okta = OktaSandbox.builder()
                .rateLimits(GENEROUS_LIMIT, WINDOW)
                .rateLimit(Bucket.CREATE_USER, CREATE_LIMIT, WINDOW)
                .start();
             ExampleApplication app = ExampleApplication.start(okta.baseUrl(), okta.apiToken(), Map.of(
                     "provisioning.csv.parallelism", Integer.toString(THREADS),
                     "camel.component.okta.max-concurrent-requests", Integer.toString(THREADS),
                     "provisioning.csv.rate-limit-capacity", Integer.toString(capacity)));
             WindowSampler sampler = WindowSampler.start(okta.counters(), WINDOW)) {
            TimedRun run = app.provision("bulk.csv", USERS, deadline);
            RateWindows windows = sampler.finish();
            ReportCheck report = ReportCheck.read(run.report(), USERS);
            SandboxCheck stored = SandboxCheck.of(okta, USERS, report.oktaUserIds());
            long created = okta.counters().usersCreated();
            double rate = run.perSecond(created);
            double steadyRate = windows.steadyStateRate();
            LOG.info("RESULT bulk capacity={}: {}, {} of the {} users/s allowed, {} of the full limit (whole run: its "
                     + "partial first window still gets a whole bucket); steady state {} users/s over {} full windows = "
                     + "{} of the allowed, {} of the full limit (goal >= 0.9 of the allowed); 429s: {} in all, {} from "
                     + "the first reset on (goal 0); users per window: {}; {}; {}",
                    capacity, run.describe(created, "users"), share(rate, allowedRate), format(allowedRate),
                    share(rate, fullRate), format(steadyRate), windows.fullWindows(), share(steadyRate, allowedRate),
                    share(steadyRate, fullRate), okta.counters().tooManyRequests(),
                    windows.tooManyRequestsSinceFirstReset(), windows.describe(), report.describe(), stored.describe());
            return report.complete() && stored.exactlyOnce();
        }
    }

    private static String share(double rate, double limit) {
        return String.format(Locale.ROOT, "%.3f", rate / limit);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
