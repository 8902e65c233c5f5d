package dev.camelokta.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaUser;
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
 * Benchmark 1: what {@code okta:getUser} adds to a bare HttpClient 5 GET of the same URL, both against a near-free
 * fixed-answer server ({@link FixedAnswerServer}) in a JVM of its own, at 1 and at 8 client threads.
 * <p>
 * Sides, run one after the other in every round, in the reverse order in the next, so that drift and the load of
 * the machine hit them alike:
 * <ul>
 * <li>{@code okta}: {@code ProducerTemplate.requestBodyAndHeader("direct:get", null, CamelOktaUserId, id)}; the route
 * {@code from("direct:get").to("okta:getUser?baseUrl=...&apiToken=...")} resolves the id, waits for the rate-limit
 * bucket, sends the GET, records the rate-limit headers, reads the user into an {@link OktaUserResult} and sets the
 * result headers.</li>
 * <li>{@code bare}: an {@link HttpGet} of the same URL with the same Authorization and Accept headers, its body read to a
 * String, on a client with the component's pool size, keep-alive, and no cookies, redirects or retries (as the
 * component's own), so that the bare side is as cheap as HttpClient can be.</li>
 * <li>{@code camel} (the floor's first part): the same template call to {@code from("direct:floor")} whose one processor
 * sets a result built beforehand: what one Camel exchange through a route costs, with no Okta in it.</li>
 * <li>{@code jackson} (the floor's second part): {@link OktaJson#toUser} of the answer's body alone: the typed user every
 * okta:getUser result holds.</li>
 * </ul>
 * Reports the median over the rounds of the ratio okta / bare of their median latencies and of the µs added per call;
 * per side, the median latency, the CPU time of the client JVM and of the server per call, and the heap allocated per
 * call; and the floor: what the bare GET plus one Camel exchange plus reading the user (camel + jackson) costs, against
 * the bare GET.
 * <p>
 * Arguments after {@code overhead}: {@code threads=1,8}, {@code rounds=41}, {@code calls=2000} (per side and round:
 * short rounds, so that a burst of load on the shared machine spoils few of them), {@code only=okta} (one side alone,
 * e.g. to profile it).
 */
public final class OverheadBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(OverheadBenchmark.class);
    private static final String TOKEN = "bench-token-not-a-secret";
    /** The component's default maxConcurrentRequests: its pool size, and the bare client's. */
    private static final int POOL_SIZE = 16;
    private static final int WARM_UP_ROUNDS = 20; // tens of thousands of calls per side: the JIT has compiled them
    private static final double GOAL = 1.15;
    private static final Pattern SERVER_LISTENING =
            Pattern.compile(Pattern.quote(FixedAnswerServer.LISTENING) + "(\\S+)");

    private OverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int[] threadCounts = Arrays.stream(options.getOrDefault("threads", "1,8").split(","))
                .mapToInt(t -> Integer.parseInt(t.trim())).toArray();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "41"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "2000"));
        String only = options.get("only");

        // the server allocates next to nothing: a small heap and the serial GC, whose threads take no core from the
        // clients
        try (ChildJvm server = ChildJvm.start("server", List.of("-Xms32m", "-Xmx32m", "-XX:+UseSerialGC"),
                FixedAnswerServer.class, List.of(), SERVER_LISTENING);
             CloseableHttpClient bare = bareClient();
             CamelContext camel = camel(server.ready())) {
            Map<String, RoundRunner.Call> sides = sides(server.ready(), bare, camel);
            if (only != null) {
                sides.keySet().retainAll(List.of(only));
                if (sides.isEmpty()) {
                    throw new IllegalArgumentException("Unknown side only=" + only + ": use okta, bare, camel or jackson");
                }
            }
            LOG.info("overhead: {} cores, load average {} at the start; server {}; {} warm-up and {} measured rounds of {} "
                     + "calls per side", Runtime.getRuntime().availableProcessors(), loadAverage(), server.ready(),
                    WARM_UP_ROUNDS, rounds, calls);
            for (int threads : threadCounts) {
                run(threads, rounds, calls, sides, server::cpuNanos);
            }
        }
    }

    private static void run(int threads, int rounds, int calls, Map<String, RoundRunner.Call> sides,
                            LongSupplier serverCpuNanos) throws Exception {
        Map<String, List<RoundRunner.Round>> measured = new LinkedHashMap<>();
        sides.keySet().forEach(side -> measured.put(side, new ArrayList<>()));
        try (RoundRunner runner = new RoundRunner(threads, serverCpuNanos)) {
            LOG.info("threads={}: warming up", threads);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (RoundRunner.Call call : sides.values()) {
                    runner.run(call, calls);
                }
            }
            List<Map.Entry<String, RoundRunner.Call>> order = new ArrayList<>(sides.entrySet());
            for (int round = 1; round <= rounds; round++) {
                StringBuilder line = new StringBuilder();
                for (Map.Entry<String, RoundRunner.Call> side : order) {
                    RoundRunner.Round result = runner.run(side.getValue(), calls);
                    measured.get(side.getKey()).add(result);
                    line.append(String.format(Locale.ROOT, " %s %.1f us", side.getKey(), result.medianNanos() / 1000));
                }
                Collections.reverse(order); // okta first in one round, bare first in the next
                LOG.debug("threads={} round {}:{}", threads, round, line);
            }
        }
        LOG.info(result(threads, rounds, calls, measured));
    }

    /**
     * E.g. {@code RESULT overhead threads=1: ratio okta/bare 1.530 (quartiles 1.500-1.560), goal <= 1.15; added 11.0 us a
     * call (quartiles ...); median latency okta 31.6 us (quartiles ...), ...}: ratios, differences and latencies are
     * the medians of the rounds' values; CPU and heap a call are totals over all rounds divided by the calls.
     */
    private static String result(int threads, int rounds, int calls, Map<String, List<RoundRunner.Round>> measured) {
        StringBuilder line = new StringBuilder("RESULT overhead threads=" + threads + ":");
        List<RoundRunner.Round> okta = measured.get("okta");
        List<RoundRunner.Round> bare = measured.get("bare");
        if (okta != null && bare != null) {
            double[] ratios = new double[rounds];
            double[] added = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                ratios[i] = okta.get(i).medianNanos() / bare.get(i).medianNanos();
                added[i] = (okta.get(i).medianNanos() - bare.get(i).medianNanos()) / 1000;
            }
            line.append(String.format(Locale.ROOT, " ratio okta/bare %s, goal <= %.2f; added %s us a call;",
                    quartiles(ratios, "%.3f"), GOAL, quartiles(added, "%.1f")));
        }
        line.append(" median latency");
        measured.forEach((side, results) -> line.append(String.format(Locale.ROOT, " %s %s us,", side,
                quartiles(results.stream().mapToDouble(r -> r.medianNanos() / 1000).toArray(), "%.1f"))));
        line.append(" client CPU a call");
        measured.forEach((side, results) -> line.append(String.format(Locale.ROOT, " %s %.1f us,", side,
                sum(results, RoundRunner.Round::cpuNanos) / 1000 / sum(results, RoundRunner.Round::calls))));
        line.append(" server CPU a call");
        measured.forEach((side, results) -> line.append(String.format(Locale.ROOT, " %s %.1f us,", side,
                sum(results, RoundRunner.Round::serverCpuNanos) / 1000 / sum(results, RoundRunner.Round::calls))));
        line.append(" heap a call");
        measured.forEach((side, results) -> line.append(String.format(Locale.ROOT, " %s %.1f KB,", side,
                sum(results, RoundRunner.Round::allocatedBytes) / 1000 / sum(results, RoundRunner.Round::calls))));
        if (okta != null && bare != null) {
            line.append(String.format(Locale.ROOT, " CPU ratio okta/bare (client + server) %.3f;",
                    totalCpuPerCall(okta) / totalCpuPerCall(bare)));
        }
        if (measured.keySet().containsAll(List.of("bare", "camel", "jackson"))) {
            double bareLatency = median(bare);
            double latencyFloor = bareLatency + median(measured.get("camel")) + median(measured.get("jackson"));
            double bareCpu = totalCpuPerCall(bare);
            double cpuFloor = bareCpu + clientCpuPerCall(measured.get("camel")) + clientCpuPerCall(measured.get("jackson"));
            // at 1 thread a call's latency is its CPU path; at more threads than cores it is mostly queueing for a
            // core, which adds up CPU, not latencies
            line.append(threads == 1
                    ? String.format(Locale.ROOT, " floor (bare + camel + jackson) / bare: latency %.3f, CPU %.3f;",
                            latencyFloor / bareLatency, cpuFloor / bareCpu)
                    : String.format(Locale.ROOT, " floor (bare + camel + jackson) / bare: CPU %.3f;", cpuFloor / bareCpu));
        }
        line.append(String.format(Locale.ROOT, " %d rounds of %d calls per side, load average %s", rounds, calls,
                loadAverage()));
        return line.toString();
    }

    /** Builds the sides, each checked once, so that none is measured while it fails. */
    private static Map<String, RoundRunner.Call> sides(String baseUrl, CloseableHttpClient bare, CamelContext camel)
            throws Exception {
        ProducerTemplate template = camel.createProducerTemplate();
        Endpoint getUser = camel.getEndpoint("direct:get"); // resolved once, as the bare client's URL is
        Endpoint floor = camel.getEndpoint("direct:floor");
        String url = baseUrl + "/api/v1/users/" + OktaUserAnswer.USER_ID;
        String body = bare.execute(new HttpGet(url), response -> EntityUtils.toString(response.getEntity()));

        Map<String, RoundRunner.Call> sides = new LinkedHashMap<>();
        sides.put("okta", () -> {
            OktaUserResult result = template.requestBodyAndHeader(getUser, null, OktaConstants.USER_ID,
                    OktaUserAnswer.USER_ID, OktaUserResult.class);
            if (!result.isSuccess() || !OktaUserAnswer.USER_ID.equals(result.getUser().getId())) {
                throw new IllegalStateException("okta:getUser failed: " + result.getError());
            }
        });
        sides.put("bare", () -> {
            HttpGet get = new HttpGet(url); // requests are not thread-safe: one per call, as the component does
            get.setHeader("Authorization", "SSWS " + TOKEN);
            get.setHeader("Accept", "application/json");
            String text = bare.execute(get, response -> response.getCode() == 200
                    ? EntityUtils.toString(response.getEntity()) : null);
            if (text == null || text.length() != OktaUserAnswer.bodyLength()) {
                throw new IllegalStateException("The bare GET did not get the user");
            }
        });
        sides.put("camel", () -> {
            OktaUserResult result = template.requestBodyAndHeader(floor, null, OktaConstants.USER_ID,
                    OktaUserAnswer.USER_ID, OktaUserResult.class);
            if (!result.isSuccess()) {
                throw new IllegalStateException("The floor route failed");
            }
        });
        sides.put("jackson", () -> {
            OktaUser user = OktaJson.toUser(body);
            if (!OktaUserAnswer.USER_ID.equals(user.getId())) {
                throw new IllegalStateException("The user read is not the one sent");
            }
        });
        for (RoundRunner.Call call : sides.values()) {
            call.run();
        }
        return sides;
    }

    private static CloseableHttpClient bareClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(POOL_SIZE).setMaxConnPerRoute(POOL_SIZE).build())
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }

    private static CamelContext camel(String baseUrl) throws Exception {
        OktaUserResult fixed = OktaUserResult.success(new OktaUser());
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("okta:getUser?baseUrl=" + baseUrl + "&apiToken=RAW(" + TOKEN + ")");
                from("direct:floor").process(exchange -> exchange.getMessage().setBody(fixed));
            }
        });
        camel.start();
        return camel;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : Arrays.copyOfRange(args, Math.min(1, args.length), args.length)) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("Invalid argument '" + arg + "': use threads=1,8 rounds=41 calls=2000 "
                                                   + "or only=okta");
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static double clientCpuPerCall(List<RoundRunner.Round> rounds) {
        return sum(rounds, RoundRunner.Round::cpuNanos) / sum(rounds, RoundRunner.Round::calls);
    }

    private static double totalCpuPerCall(List<RoundRunner.Round> rounds) {
        return (sum(rounds, RoundRunner.Round::cpuNanos) + sum(rounds, RoundRunner.Round::serverCpuNanos))
               / sum(rounds, RoundRunner.Round::calls);
    }

    private static double sum(List<RoundRunner.Round> rounds, ToLongFunction<RoundRunner.Round> value) {
        return rounds.stream().mapToLong(value).sum();
    }

    /** The median of the rounds' median latencies, in µs. */
    private static double median(List<RoundRunner.Round> rounds) {
        return percentile(rounds.stream().mapToDouble(r -> r.medianNanos() / 1000).toArray(), 50);
    }

    /** E.g. {@code 1.183 (quartiles 1.120-1.250)}: the median and the middle half of the values. */
    private static String quartiles(double[] values, String format) {
        return String.format(Locale.ROOT, format + " (quartiles " + format + "-" + format + ")", percentile(values, 50),
                percentile(values, 25), percentile(values, 75));
    }

    /** The nearest-rank percentile. */
    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
