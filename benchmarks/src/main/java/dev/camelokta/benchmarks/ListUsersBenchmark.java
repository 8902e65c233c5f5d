package dev.camelokta.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaUser;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark 4: {@code okta:listUsers} streams 100,000 sandbox users through {@code split(body()).streaming()} in a JVM
 * of at most 128 MB of heap ({@code -Dbench.heap=128m}), against a sandbox of its own JVM seeded with the users and a
 * list bucket of 100 requests per 10 s window. Reports the users per second against the most the bucket allows
 * (100 pages of 200 per 10 s: 2,000 users/s) and the peak heap used.
 */
public final class ListUsersBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ListUsersBenchmark.class);
    private static final int USERS = 100_000;
    private static final int PAGE = 200;
    private static final int BUCKET_LIMIT = 100;
    private static final int WINDOW_SECONDS = 10;
    private static final String TOKEN = "bench-token-not-a-secret";
    private static final String SANDBOX_HEAP = "1g";
    private static final Duration DEADLINE = Duration.ofMinutes(10);
    private static final long MB = 1024 * 1024;

    private ListUsersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        LOG.info("list: {} users with a max heap of {} MB (run with -Dbench.heap=128m for the benchmark's figure)", USERS,
                maxHeap / MB);
        AtomicLong walked = new AtomicLong();
        try (SandboxProcess okta = SandboxProcess.start(TOKEN, SANDBOX_HEAP, List.of("--seed-users", Integer.toString(USERS),
                "--rate-limit", "LIST_USERS=" + BUCKET_LIMIT + "/" + WINDOW_SECONDS + "s"));
             CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:walk")
                            .to("okta:listUsers?baseUrl=" + okta.baseUrl() + "&apiToken=RAW(" + TOKEN + ")&throwExceptionOnFailure=true")
                            .split(body()).streaming()
                                .process(exchange -> {
                                    if (exchange.getMessage().getBody(OktaUser.class).getId() != null) {
                                        walked.incrementAndGet();
                                    }
                                })
                            .end();
                }
            });
            camel.start();
            HeapPeak.reset();
            long start = System.nanoTime();
            Exchange result = camel.createProducerTemplate().send("direct:walk",
                    exchange -> exchange.getMessage().setHeader(OktaConstants.LIMIT, PAGE));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = HeapPeak.bytes();
            if (result.getException() != null) {
                throw new IllegalStateException("list: the walk failed after " + walked.get() + " users", result.getException());
            }
            if (seconds > DEADLINE.toSeconds()) {
                throw new IllegalStateException("list: took " + seconds + " s, more than " + DEADLINE);
            }
            double perSecond = walked.get() / seconds;
            double ceiling = (double) BUCKET_LIMIT * PAGE / WINDOW_SECONDS;
            LOG.info("RESULT list: {} users in {} s = {} users/s, {} of the list bucket's limit ({} pages of {} per {} s = {} "
                     + "users/s); peak heap used {} MB of the {} MB max (sum of the heap pools' peaks, reset after a GC "
                     + "before the first page)",
                    walked.get(), String.format("%.1f", seconds), String.format("%.0f", perSecond),
                    String.format("%.2f", perSecond / ceiling), BUCKET_LIMIT, PAGE, WINDOW_SECONDS,
                    String.format("%.0f", ceiling), peak / MB, maxHeap / MB);
            if (walked.get() != USERS) {
                throw new IllegalStateException("list: walked " + walked.get() + " users, not " + USERS);
            }
        }
    }
}
