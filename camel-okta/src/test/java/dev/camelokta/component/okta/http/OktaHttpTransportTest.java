package dev.camelokta.component.okta.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The request slots (maxConcurrentRequests): the wait for one is bounded, and a slot taken is given back on every way
 * out of a call; nothing but an IOException or an interrupt leaves it.
 */
class OktaHttpTransportTest {

    private static final OktaRequest GET_USER = OktaRequests.getUser("00u1");
    private static final OktaHttpTransport.Target TARGET = new OktaHttpTransport.Target(
            URI.create("http://127.0.0.1:9"), "00test-token", 1_000, 500);

    private final CallDeadlines deadlines = new CallDeadlines();

    @BeforeEach
    void start() {
        deadlines.start();
    }

    @AfterEach
    void stop() {
        deadlines.stop();
    }

    @Test
    void theWaitForASlotEndsAtResponseTimeout() {
        Semaphore noSlotFree = new Semaphore(0);
        OktaHttpTransport transport = transport(failingWith(() -> new IOException("never sent")), noSlotFree);

        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThatThrownBy(() -> transport.send(GET_USER, TARGET))
                .isInstanceOf(NoFreeSlotException.class).hasMessage("No free request slot within responseTimeout (500 ms)"));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(450L);
        assertThat(noSlotFree.availablePermits()).isZero();
    }

    @Test
    void aSlotIsGivenBackAfterAnIOException() {
        Semaphore slots = new Semaphore(2);
        OktaHttpTransport transport = transport(failingWith(() -> new IOException("Connection reset")), slots);

        assertThatThrownBy(() -> transport.send(GET_USER, TARGET)).isInstanceOf(IOException.class)
                .hasMessage("Connection reset");
        assertThat(slots.availablePermits()).isEqualTo(2);
    }

    @Test
    void aRuntimeExceptionOfTheClientEndsAsAnIOExceptionAndGivesTheSlotBack() {
        Semaphore slots = new Semaphore(2);
        OktaHttpTransport transport = transport(failingWith(() -> new IllegalStateException("Connection pool shut down")),
                slots);

        assertThatThrownBy(() -> transport.send(GET_USER, TARGET)).isInstanceOf(IOException.class)
                .hasMessage("HttpClient failed: java.lang.IllegalStateException: Connection pool shut down");
        assertThat(slots.availablePermits()).isEqualTo(2);
        assertThat(deadlines.watchedCount()).isZero();
    }

    @Test
    void anInterruptWhileWaitingForASlotTakesNoSlot() {
        Semaphore noSlotFree = new Semaphore(0);
        OktaHttpTransport transport = transport(failingWith(() -> new IOException("never sent")), noSlotFree);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> transport.send(GET_USER, TARGET)).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(noSlotFree.availablePermits()).isZero();
    }

    @Test
    void aStoppedComponentSendsNothing() {
        Semaphore slots = new Semaphore(1);
        OktaHttpTransport transport = transport(failingWith(() -> new IOException("sent")), slots);
        deadlines.stop();

        assertThatThrownBy(() -> transport.send(GET_USER, TARGET)).isInstanceOf(IOException.class)
                .hasMessage("The okta component is not started");
        assertThat(slots.availablePermits()).isEqualTo(1);
    }

    @Test
    void theTokenIsMaskedInTheAuthorizationHeadersToString() {
        assertThat(TARGET.authorization().getValue()).isEqualTo("SSWS 00test-token");
        assertThat(TARGET.authorization().toString()).isEqualTo("Authorization: SSWS ***");
        assertThat(TARGET.toString()).doesNotContain("00test-token");
    }

    private OktaHttpTransport transport(CloseableHttpClient client, Semaphore slots) {
        return new OktaHttpTransport(client, slots, deadlines, "camel-okta/test");
    }

    /** A client whose every call fails the given way, as HttpClient's own may. */
    private static CloseableHttpClient failingWith(Supplier<? extends Exception> failure) {
        return new CloseableHttpClient() {
            @Override
            protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context)
                    throws IOException {
                Exception e = failure.get();
                if (e instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e;
            }

            @Override
            public void close(CloseMode closeMode) {
            }

            @Override
            public void close() {
            }
        };
    }
}
