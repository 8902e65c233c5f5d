package dev.camelokta.component.okta.resilience;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelokta.component.okta.OktaComponent;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.http.TokenSafeConnectionFactory;
import dev.camelokta.component.okta.model.OktaResult;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.camelokta.component.okta.resilience.HostileServer.ok;
import static dev.camelokta.component.okta.resilience.HostileServer.trickle;
import static dev.camelokta.component.okta.resilience.HostileServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every attempt ends within responseTimeout, whatever the server sends, slowly enough that no single read times out:
 * the call fails saying why, its connection is closed and its request slot is free again.
 */
class CallDeadlineTest extends ResilienceTestSupport {

    private static final int MAX_CONCURRENT = 4;
    private static final String USER_ID = "00u1abcdEFGH";
    private static final String ONE_SECOND = "responseTimeout=1000&maxRetries=0";
    private static final String CUT_OFF = "Okta GET /api/v1/users/" + USER_ID
                                          + ": no complete answer within responseTimeout (1000 ms); the connection was closed";
    /** Each read gets a byte well within the 1 s socket timeout: only a deadline on the whole exchange can end it. */
    private static final long TRICKLE_MILLIS = 300;
    /** A trickle lasts 60 s, far longer than any test waits. */
    private static final int TRICKLE_TIMES = 200;

    @RegisterExtension
    static WireMockExtension tlsOkta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"))
            .build();

    private HostileServer okta;

    @Override
    OktaComponent component() {
        OktaComponent component = new OktaComponent();
        component.setMaxConcurrentRequests(MAX_CONCURRENT);
        return component;
    }

    @AfterEach
    void closeServer() throws IOException {
        if (okta != null) {
            okta.close();
        }
    }

    @Test
    void aBodyThatTricklesIsCutOffAtTheDeadline() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
            trickle(out, " ", TRICKLE_TIMES, TRICKLE_MILLIS);
        });

        assertCutOffAtTheDeadline();
    }

    @Test
    void aChunkedBodyThatTricklesIsCutOffAtTheDeadline() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n");
            trickle(out, "1\r\n \r\n", TRICKLE_TIMES, TRICKLE_MILLIS);
        });

        assertCutOffAtTheDeadline();
    }

    @Test
    void headersThatTrickleAreCutOffAtTheDeadline() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nX-Slow: ");
            trickle(out, "a", TRICKLE_TIMES, TRICKLE_MILLIS);
        });

        assertCutOffAtTheDeadline();
    }

    @Test
    void endlessInterimAnswersAreCutOffAtTheDeadline() throws Exception {
        okta = new HostileServer((request, out) -> trickle(out, "HTTP/1.1 100 Continue\r\n\r\n", TRICKLE_TIMES,
                TRICKLE_MILLIS));

        assertCutOffAtTheDeadline();
    }

    /** Okta is https: the deadline closes a TLS connection under its read as well, with the user's own client too. */
    @ParameterizedTest(name = "token-safe connections: {0}")
    @ValueSource(booleans = { true, false })
    void aTrickleOverTlsIsCutOffAtTheDeadline(boolean tokenSafeConnections) throws Exception {
        tlsOkta.stubFor(get("/api/v1/users/" + USER_ID).willReturn(aResponse().withStatus(200).withBody(USER_JSON)
                .withChunkedDribbleDelay(USER_JSON.length(), 60_000)));
        try (CloseableHttpClient client = clientTrustingWireMock(tokenSafeConnections)) {
            context.getRegistry().bind("tlsClient", client);
            String uri = "okta:getUser?baseUrl=https://127.0.0.1:" + tlsOkta.getHttpsPort() + "&apiToken=RAW(" + TOKEN
                         + ")&httpClient=#tlsClient&" + ONE_SECOND;

            assertCutOffAtTheDeadline(uri);
        }
    }

    /** The deadline is per attempt: a call that is retried ends within its attempts' deadlines and back-offs. */
    @Test
    void aRetriedCallEndsWithinTheDeadlinesOfItsAttempts() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
            trickle(out, " ", TRICKLE_TIMES, TRICKLE_MILLIS);
        });

        long start = System.nanoTime();
        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(6),
                () -> send(uri("getUser", okta.port(), "responseTimeout=1000&maxRetries=1"),
                        Map.of(OktaConstants.USER_ID, USER_ID)));

        assertThat(result(exchange).getError()).isEqualTo(CUT_OFF);
        assertThat(okta.connections()).isEqualTo(2);
        assertThat(millisSince(start)).as("two attempts of 1 s and one back-off").isBetween(2_000L, 5_000L);
    }

    @Test
    void fourTricklingCallsDoNotStallAFifthAfterTheirDeadline() throws Exception {
        okta = new HostileServer(CallDeadlineTest::trickleForSlowUsers);
        ExecutorService callers = Executors.newFixedThreadPool(MAX_CONCURRENT);
        try {
            List<Future<Exchange>> slowCalls = takeAllSlots(callers, ONE_SECOND);

            long start = System.nanoTime();
            Exchange fifth = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> send(uri("getUser", okta.port(), "responseTimeout=4000&maxRetries=0"),
                            Map.of(OktaConstants.USER_ID, USER_ID)));

            assertThat(result(fifth).getError()).isNull();
            assertThat(result(fifth).isSuccess()).isTrue();
            assertThat(millisSince(start)).as("waited for a slot until the trickles' deadline").isLessThan(3_000L);
            for (Future<Exchange> slow : slowCalls) {
                assertThat(result(slow.get(5, TimeUnit.SECONDS)).getError())
                        .contains("no complete answer within responseTimeout (1000 ms)");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theWaitForAFreeSlotEndsAtResponseTimeoutWithAClearError() throws Exception {
        okta = new HostileServer(CallDeadlineTest::trickleForSlowUsers);
        ExecutorService callers = Executors.newFixedThreadPool(MAX_CONCURRENT);
        try {
            takeAllSlots(callers, "responseTimeout=3000&maxRetries=0");

            long start = System.nanoTime();
            Exchange fifth = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> send(uri("getUser", okta.port(), "responseTimeout=500&maxRetries=2"),
                            Map.of(OktaConstants.USER_ID, USER_ID)));

            assertThat(result(fifth).getError()).isEqualTo("Okta GET /api/v1/users/" + USER_ID + ": no free request "
                                                           + "slot within responseTimeout (500 ms): all "
                                                           + "maxConcurrentRequests requests of the component were in "
                                                           + "flight; the request was not sent");
            assertThat(millisSince(start)).as("one wait, not retried").isBetween(450L, 2_000L);
            assertThat(okta.connections()).as("the fifth was not sent").isEqualTo(MAX_CONCURRENT + 1);
        } finally {
            callers.shutdownNow();
        }
    }

    /** Users slow-*: an answer that trickles; any other: the user at once. */
    private static void trickleForSlowUsers(HostileServer.Request request, OutputStream out) throws IOException,
            InterruptedException {
        if (request.line().contains("/slow-")) {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
            trickle(out, " ", TRICKLE_TIMES, TRICKLE_MILLIS);
        } else {
            write(out, ok(USER_JSON));
        }
    }

    /**
     * Starts one trickling call per slot, once a first answer has shown that Okta sends no rate-limit headers here
     * (until then the rate-limit tracker lets only one request of a bucket out at a time), and waits until all are sent.
     */
    private List<Future<Exchange>> takeAllSlots(ExecutorService callers, String options) throws InterruptedException {
        assertThat(result(send(uri("getUser", okta.port(), options), Map.of(OktaConstants.USER_ID, USER_ID)))
                .isSuccess()).isTrue();
        List<Future<Exchange>> slowCalls = IntStream.range(0, MAX_CONCURRENT)
                .mapToObj(i -> callers.submit(() -> send(uri("getUser", okta.port(), options),
                        Map.of(OktaConstants.USER_ID, "slow-" + i))))
                .toList();
        awaitConnections(1 + MAX_CONCURRENT);
        return slowCalls;
    }

    private void assertCutOffAtTheDeadline() {
        assertCutOffAtTheDeadline(uri("getUser", okta.port(), ONE_SECOND));
    }

    private void assertCutOffAtTheDeadline(String uri) {
        long start = System.nanoTime();
        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> send(uri, Map.of(OktaConstants.USER_ID, USER_ID)));

        OktaResult result = result(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).isEqualTo(CUT_OFF);
        assertThat(millisSince(start)).isBetween(900L, 3_000L);
    }

    private void awaitConnections(int count) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (okta.connections() < count && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(okta.connections()).isEqualTo(count);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static CloseableHttpClient clientTrustingWireMock(boolean tokenSafeConnections) throws Exception {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(
                        SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build(),
                        NoopHostnameVerifier.INSTANCE));
        if (tokenSafeConnections) {
            connections.setConnectionFactory(TokenSafeConnectionFactory.INSTANCE);
        }
        return HttpClients.custom().setConnectionManager(connections.build()).build();
    }
}
