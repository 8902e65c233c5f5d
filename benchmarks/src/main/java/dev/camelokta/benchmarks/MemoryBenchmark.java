package dev.camelokta.benchmarks;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark 3: the CSV example provisions a 100,000-row file in a JVM of at most 256 MB of heap
 * ({@code -Dbench.heap=256m}), against a sandbox without rate limits in a JVM of its own. It must complete, with every
 * row in the report; reports the rows per second and the peak heap used.
 */
public final class MemoryBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryBenchmark.class);
    private static final int ROWS = 100_000;
    private static final String TOKEN = "bench-token-not-a-secret";
    private static final String SANDBOX_HEAP = "1g"; // it keeps every user, a few KB each
    private static final Duration DEADLINE = Duration.ofMinutes(10);
    private static final long MB = 1024 * 1024;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        LOG.info("memory: {} rows with a max heap of {} MB (run with -Dbench.heap=256m for the benchmark's figure)", ROWS,
                maxHeap / MB);
        try (SandboxProcess okta = SandboxProcess.start(TOKEN, SANDBOX_HEAP);
             ExampleApplication app = ExampleApplication.start(okta.baseUrl(), TOKEN, Map.of())) {
            HeapPeak.reset(); // the CSV is written as a stream: what follows is the example's memory
            TimedRun run = app.provision("memory.csv", ROWS, DEADLINE);
            long peak = HeapPeak.bytes(); // before the check below reads the report
            ReportCheck report = ReportCheck.read(run.report(), ROWS);
            LOG.info("RESULT memory: {}; peak heap used {} MB of the {} MB max (sum of the heap pools' peaks, reset after "
                     + "a GC before the CSV was written, read when the report appeared); {}", run.describe(ROWS, "rows"),
                    peak / MB, maxHeap / MB, report.describe());
            if (!report.complete()) {
                throw new IllegalStateException("memory: the report does not have every row once, created: " + report.describe());
            }
        }
    }
}
