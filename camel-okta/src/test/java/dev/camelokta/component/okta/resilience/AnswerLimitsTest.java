package dev.camelokta.component.okta.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.OktaUserResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelokta.component.okta.resilience.HostileServer.ok;
import static dev.camelokta.component.okta.resilience.HostileServer.trickle;
import static dev.camelokta.component.okta.resilience.HostileServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * No answer can exhaust the heap: the body is read up to 8 MiB after decompression, an answer's head up to 200 header
 * lines of 32 KiB, and what is beyond is never read: the call fails saying why and the connection is closed. An
 * answer that declares a charset Java does not know is read as UTF-8, never thrown out of the route.
 */
class AnswerLimitsTest extends ResilienceTestSupport {

    private static final String USER_ID = "00u1abcdEFGH";
    private static final String OPTIONS = "maxRetries=0&responseTimeout=20000";
    private static final String TOO_LARGE = "Okta GET /api/v1/users/" + USER_ID + ": Okta's answer is larger than 8 MiB, "
                                            + "the most the component reads of one answer; the connection was closed";
    private static final String HEAD_TOO_LARGE = "Okta GET /api/v1/users/" + USER_ID + ": Okta's answer has a header line "
                                                 + "longer than 32768 characters or more than 200 headers, the most the "
                                                 + "component reads (";
    private static final int MIB = 1024 * 1024;
    private static final byte[] ZEROS = new byte[64 * 1024];

    private HostileServer okta;

    @AfterEach
    void closeServer() throws IOException {
        if (okta != null) {
            okta.close();
        }
    }

    @Test
    void a50MbBodyIsRefusedByItsContentLength() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + 50 * MIB + "\r\n\r\n");
            writeZeros(out, 50 * MIB);
        });

        assertThat(callFails()).isEqualTo(TOO_LARGE);
    }

    @Test
    void a50MbChunkedBodyIsCutAt8Mib() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int written = 0; written < 50 * MIB; written += ZEROS.length) {
                write(out, Integer.toHexString(ZEROS.length) + "\r\n");
                out.write(ZEROS);
                write(out, "\r\n");
            }
            write(out, "0\r\n\r\n");
        });

        assertThat(callFails()).isEqualTo(TOO_LARGE);
    }

    /** 64 MiB of zeros in about 64 KB of gzip: the limit counts what decompression gives, not what the wire carries. */
    @Test
    void aGzipBombIsCutAt8MibUnpacked() throws Exception {
        byte[] bomb = gzippedZeros(64 * MIB);
        assertThat(bomb.length).isLessThan(MIB);
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
                       + bomb.length + "\r\n\r\n");
            out.write(bomb);
        });

        assertThat(callFails()).isEqualTo(TOO_LARGE);
    }

    /** Closing an answer must not read the rest of it: here the rest trickles for a minute after 9 MiB. */
    @Test
    void theRestOfAnOversizedAnswerIsNotRead() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            write(out, Integer.toHexString(9 * MIB) + "\r\n");
            writeZeros(out, 9 * MIB);
            write(out, "\r\n");
            trickle(out, "1\r\n0\r\n", 200, 300);
        });

        long start = System.nanoTime();
        assertThat(callFails()).isEqualTo(TOO_LARGE);
        assertThat((System.nanoTime() - start) / 1_000_000).as("long before responseTimeout (20 s)").isLessThan(5_000L);
    }

    @Test
    void anEndlessHeaderLineIsCutAt32Kib() throws Exception {
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nX-Endless: ");
            for (int i = 0; i < 1024; i++) { // 64 MiB, unless the client hangs up first
                out.write("a".repeat(ZEROS.length).getBytes(StandardCharsets.US_ASCII));
            }
        });

        assertThat(callFails()).startsWith(HEAD_TOO_LARGE + "Maximum line length limit exceeded); the connection was closed");
    }

    @Test
    void tenThousandHeadersAreRefused() throws Exception {
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        for (int i = 0; i < 10_000; i++) {
            head.append("X-Header-").append(i).append(": value\r\n");
        }
        okta = new HostileServer((request, out) -> write(out, head + "Content-Length: " + USER_JSON.length()
                                                              + "\r\nConnection: close\r\n\r\n" + USER_JSON));

        assertThat(callFails()).startsWith(HEAD_TOO_LARGE + "Maximum header count exceeded); the connection was closed");
    }

    /** A page of 200 users is 1 to 2 MB: well within the limit. */
    @Test
    void aLargeAnswerWithinTheLimitIsRead() throws Exception {
        String bio = "x".repeat(3 * MIB);
        String largeUser = USER_JSON.replace("\"login\":\"ada@example.com\"", "\"login\":\"ada@example.com\",\"bio\":\"" + bio + "\"");
        okta = new HostileServer((request, out) -> write(out, ok(largeUser)));

        Exchange exchange = send(uri("getUser", okta.port(), OPTIONS), Map.of(OktaConstants.USER_ID, USER_ID));

        OktaUserResult result = exchange.getMessage().getBody(OktaUserResult.class);
        assertThat(result.getError()).isNull();
        assertThat(result.getUser().getProfile()).containsEntry("bio", bio);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "application/json; charset=not a charset!", "application/json; charset=x-no-such-charset",
                             "application/json; charset=\"\"" })
    void anAnswerWithACharsetJavaDoesNotKnowIsReadAsUtf8(String contentType) throws Exception {
        byte[] body = USER_JSON.replace("Lovelace", "Lovelace-Ærø").getBytes(StandardCharsets.UTF_8);
        okta = new HostileServer((request, out) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                       + "\r\nConnection: close\r\n\r\n");
            out.write(body);
        });

        Exchange exchange = send(uri("getUser", okta.port(), OPTIONS), Map.of(OktaConstants.USER_ID, USER_ID));

        assertThat(exchange.getException()).isNull();
        OktaUserResult result = exchange.getMessage().getBody(OktaUserResult.class);
        assertThat(result.getError()).isNull();
        assertThat(result.getUser().getProfile()).containsEntry("lastName", "Lovelace-Ærø");
    }

    /** The call's error, checked to end well within responseTimeout and without an exception out of the route. */
    private String callFails() {
        Exchange exchange = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> send(uri("getUser", okta.port(), OPTIONS), Map.of(OktaConstants.USER_ID, USER_ID)));
        assertThat(exchange.getException()).isNull();
        OktaResult result = result(exchange);
        assertThat(result.isSuccess()).isFalse();
        return result.getError();
    }

    private static void writeZeros(OutputStream out, int count) throws IOException {
        for (int written = 0; written < count; written += ZEROS.length) {
            out.write(ZEROS);
        }
        out.flush();
    }

    private static byte[] gzippedZeros(int count) throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            writeZeros(out, count);
        }
        return gzip.toByteArray();
    }
}
