package dev.camelokta.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaUserResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark 1: okta:getUser through a Camel route against a local stub, versus the same GET with a bare HttpClient 5
 * client against the same stub, in the same run at the same concurrency. Reports the median per-request latency of
 * each, round by round, and the median of the rounds' ratios (goal: at most 1.15).
 */
public final class OverheadBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(OverheadBenchmark.class);
    private static final String TOKEN = "bench-token-not-a-secret";
    private static final int CONCURRENCY = 2; // one client thread per core
    private static final int REQUESTS_PER_THREAD = 3_000;
    private static final int ROUNDS = 21; // short alternating rounds: drift hits both sides alike
    private static final int WARM_UP_ROUNDS = 3;

    private OverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (UserStub stub = new UserStub(8);
             CloseableHttpClient bare = bareClient();
             CamelContext camel = camel(stub.baseUrl())) {
            ProducerTemplate template = camel.createProducerTemplate();
            Endpoint route = camel.getEndpoint("direct:get"); // resolved once, as the bare client's URL is
            Callable<Long> viaCamel = () -> timed(() -> {
                OktaUserResult result = template.requestBodyAndHeader(route, null, OktaConstants.USER_ID,
                        "00u1bench", OktaUserResult.class);
                if (!result.isSuccess()) {
                    throw new IllegalStateException(result.getError());
                }
            });
            String url = stub.baseUrl() + "/api/v1/users/00u1bench";
            Callable<Long> viaHttpClient = () -> timed(() -> {
                HttpGet get = new HttpGet(url); // requests are not thread-safe: one per call, as the component does
                get.setHeader("Authorization", "SSWS " + TOKEN);
                get.setHeader("Accept", "application/json");
                bare.execute(get, response -> EntityUtils.toString(response.getEntity()));
            });

            LOG.info("Warming up ({} threads)", CONCURRENCY);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                measure(viaCamel);
                measure(viaHttpClient);
            }
            double[] ratios = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                double camelMedian = median(measure(viaCamel));
                double bareMedian = median(measure(viaHttpClient));
                ratios[round] = camelMedian / bareMedian;
                LOG.info("Round {}: okta:getUser median {} us, bare HttpClient median {} us, ratio {}", round + 1,
                        String.format("%.1f", camelMedian / 1000), String.format("%.1f", bareMedian / 1000),
                        String.format("%.3f", ratios[round]));
            }
            LOG.info("RESULT overhead: median ratio okta:getUser / bare HttpClient = {} over {} rounds of {} requests "
                     + "at concurrency {} (goal <= 1.15)", String.format("%.3f", median(ratios)), ROUNDS,
                    CONCURRENCY * REQUESTS_PER_THREAD, CONCURRENCY);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    /** Every latency of one round, in nanoseconds. */
    private static double[] measure(Callable<Long> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<long[]>> threads = new ArrayList<>();
            for (int t = 0; t < CONCURRENCY; t++) {
                threads.add(pool.submit(() -> {
                    long[] latencies = new long[REQUESTS_PER_THREAD];
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        latencies[i] = call.call();
                    }
                    return latencies;
                }));
            }
            double[] all = new double[CONCURRENCY * REQUESTS_PER_THREAD];
            int n = 0;
            for (Future<long[]> thread : threads) {
                for (long latency : thread.get()) {
                    all[n++] = latency;
                }
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static CloseableHttpClient bareClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(16).setMaxConnPerRoute(16).build())
                .build();
    }

    private static CamelContext camel(String baseUrl) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("okta:getUser?baseUrl=" + baseUrl + "&apiToken=RAW(" + TOKEN + ")");
            }
        });
        camel.start();
        return camel;
    }
}
