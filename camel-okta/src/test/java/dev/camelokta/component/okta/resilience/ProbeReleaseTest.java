package dev.camelokta.component.okta.resilience;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelokta.component.okta.OktaComponent;
import dev.camelokta.component.okta.OktaConstants;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The first request to a bucket that Okta has not told about yet holds the other callers until its answer teaches the
 * limit. Whatever ends that request, the next call to the bucket goes at once: well before the probe's lease, after
 * which a stuck probe would be taken over anyway.
 */
class ProbeReleaseTest extends ResilienceTestSupport {

    private static final String USER_ID = "00u1abcdEFGH";
    private static final String USER_PATH = "/api/v1/users/" + USER_ID;
    private static final String TYPES_PATH = "/api/v1/meta/types/user";
    /** Far below BucketState.PROBE_LEASE_MILLIS (10 s), generous for a loaded machine. */
    private static final Duration AT_ONCE = Duration.ofSeconds(5);

    private final Gate gate = new Gate();

    @RegisterExtension
    WireMockExtension okta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(gate))
            .build();

    @Override
    OktaComponent component() {
        OktaComponent component = new OktaComponent();
        component.setMaxConcurrentRequests(1); // one request in flight: the next one waits for its permit
        return component;
    }

    @Test
    void aFirstAnswerInACharsetWithoutAValidNameDoesNotHoldTheBucket() {
        okta.stubFor(get(USER_PATH).inScenario("charset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=@@@")
                        .withBody("\u0000\u00ff{{ not json"))
                .willSetStateTo("readable"));
        okta.stubFor(get(USER_PATH).inScenario("charset").whenScenarioStateIs("readable")
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON)));
        String uri = uri("getUser", okta.getPort(), "maxRetries=0");

        Exchange unreadable = getUser(uri);
        assertThat(unreadable.getException()).as("the route goes on").isNull();
        assertThat(result(unreadable).isSuccess()).isFalse();
        assertThat(result(unreadable).getError()).startsWith("HTTP 200 from GET " + USER_PATH + ": Okta's answer could not be read");

        Exchange next = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));
        assertThat(result(next).isSuccess()).isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aFirstRequestThatThrowsARuntimeExceptionDoesNotHoldTheBucket() throws Exception {
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(200).withBody(USER_JSON)));
        AtomicBoolean failed = new AtomicBoolean();
        try (CloseableHttpClient client = HttpClients.custom()
                .addExecInterceptorFirst("fails-once", (request, scope, chain) -> {
                    if (failed.compareAndSet(false, true)) {
                        throw new IllegalStateException("a bug in a custom client");
                    }
                    return chain.proceed(request, scope);
                })
                .build()) {
            context.getRegistry().bind("failingOnce", client);
            String uri = uri("getUser", okta.getPort(), "httpClient=#failingOnce");

            Exchange failedCall = getUser(uri);
            assertThat(failedCall.getException()).as("the route goes on").isNull();
            assertThat(result(failedCall).isSuccess()).isFalse();
            assertThat(result(failedCall).getError()).isEqualTo("Okta GET " + USER_PATH + ": the connection failed (java.io.IOException: "
                                                                + "HttpClient failed: java.lang.IllegalStateException: a bug in a custom client)");

            Exchange next = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));
            assertThat(result(next).isSuccess()).isTrue();
        }
    }

    @Test
    void anInterruptWhileTheFirstRequestWaitsForItsPermitReleasesTheBucket() throws Exception {
        // listTypeIdOptions (another bucket) holds the only permit; getUser's first request waits for it
        okta.stubFor(get(TYPES_PATH).willReturn(aResponse().withStatus(200).withBody("[]").withTransformers(Gate.NAME)));
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(200).withBody(USER_JSON)));
        String usersUri = uri("getUser", okta.getPort(), "");
        Thread holder = new Thread(() -> template.send(uri("listTypeIdOptions", okta.getPort(), ""), exchange -> {
        }));
        holder.start();
        assertThat(gate.entered.await(10, TimeUnit.SECONDS)).as("the permit is taken").isTrue();

        AtomicReference<Exchange> interrupted = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread prober = new Thread(() -> {
            interrupted.set(getUser(usersUri));
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        prober.start();
        awaitWaitingForThePermit(prober);
        prober.interrupt();
        prober.join(10_000);
        gate.open.countDown();
        holder.join(10_000);

        assertThat(prober.isAlive()).isFalse();
        assertThat(result(interrupted.get()).isSuccess()).isFalse();
        assertThat(result(interrupted.get()).getError()).isEqualTo("Interrupted while calling Okta: GET " + USER_PATH);
        assertThat(interruptKept).as("the interrupt is kept for the caller").isTrue();
        okta.verify(0, getRequestedFor(urlEqualTo(USER_PATH)));

        Exchange next = assertTimeoutPreemptively(AT_ONCE, () -> getUser(usersUri));
        assertThat(result(next).isSuccess()).isTrue();
    }

    private Exchange getUser(String uri) {
        return send(uri, Map.of(OktaConstants.USER_ID, USER_ID));
    }

    /** Bounded: the thread parks on the in-flight semaphore within seconds, or the test fails. */
    private static void awaitWaitingForThePermit(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!parkedOnSemaphore(thread)) {
            assertThat(System.nanoTime()).as("the request waits for its permit").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static boolean parkedOnSemaphore(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
               && Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().contains("Semaphore"));
    }

    /** Holds the requests of the stubs that name it until opened (at most 10 s). */
    static final class Gate implements ResponseTransformerV2 {

        static final String NAME = "gate";

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            entered.countDown();
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return response;
        }
    }
}
