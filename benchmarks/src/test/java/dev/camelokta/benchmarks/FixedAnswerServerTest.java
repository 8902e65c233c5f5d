package dev.camelokta.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overhead benchmark's server: it must answer as Okta does (status, headers, the user), on keep-alive
 * connections, and with a rate limit that never makes the component wait.
 */
@Timeout(20)
class FixedAnswerServerTest {

    private static final byte[] GET = ("GET /api/v1/users/" + OktaUserAnswer.USER_ID + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    @Test
    void answersTheUserWithOktasHeaders() throws Exception {
        try (FixedAnswerServer server = FixedAnswerServer.start();
             CloseableHttpClient client = HttpClients.createDefault()) {
            Instant before = Instant.now().minusSeconds(2); // whole seconds, rendered up to 250 ms ago
            client.execute(new HttpGet(URI.create(server.baseUrl() + "/api/v1/users/" + OktaUserAnswer.USER_ID)), answer -> {
                assertThat(answer.getCode()).isEqualTo(200);
                Instant date = DateUtils.parseStandardDate(answer.getFirstHeader("Date").getValue());
                assertThat(date).isBetween(before, Instant.now().plusSeconds(1));
                long reset = Long.parseLong(answer.getFirstHeader("X-Rate-Limit-Reset").getValue());
                assertThat(reset).isEqualTo(date.getEpochSecond() + OktaUserAnswer.RESET_AFTER_SECONDS);
                assertThat(answer.getFirstHeader("X-Rate-Limit-Limit").getValue()).isEqualTo("1000000");
                assertThat(answer.getFirstHeader("X-Rate-Limit-Remaining").getValue()).isEqualTo("999999");
                assertThat(answer.getFirstHeader("X-Okta-Request-Id")).isNotNull();
                assertThat(answer.getFirstHeader("Content-Type").getValue()).isEqualTo("application/json");
                JsonNode user = JsonMapper.builder().build().readTree(EntityUtils.toString(answer.getEntity()));
                assertThat(user.path("id").asText()).isEqualTo(OktaUserAnswer.USER_ID);
                assertThat(user.path("profile").path("login").asText()).isEqualTo("isaac.brock@example.com");
                return null;
            });
        }
    }

    @Test
    void answersEveryRequestOfAKeepAliveConnectionEvenPipelined() throws Exception {
        try (FixedAnswerServer server = FixedAnswerServer.start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(server.baseUrl()).getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] twoRequests = new byte[2 * GET.length];
            System.arraycopy(GET, 0, twoRequests, 0, GET.length);
            System.arraycopy(GET, 0, twoRequests, GET.length, GET.length);
            out.write(twoRequests);
            out.flush();
            int answerLength = OktaUserAnswer.at(Instant.now()).length;
            String first = new String(in.readNBytes(answerLength), StandardCharsets.UTF_8);
            String second = new String(in.readNBytes(answerLength), StandardCharsets.UTF_8);
            out.write(GET); // the same connection still serves
            out.flush();
            String third = new String(in.readNBytes(answerLength), StandardCharsets.UTF_8);

            for (String answer : new String[] { first, second, third }) {
                assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("Connection: keep-alive\r\n")
                        .endsWith("}");
            }
        }
    }

    @Test
    void findsRequestHeadsAcrossAndWithinChunks() {
        FixedAnswerServer.RequestHeadScanner scanner = new FixedAnswerServer.RequestHeadScanner();
        byte[] heads = "GET / HTTP/1.1\r\nA: b\r\n\r\nGET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(scanner.completedHeads(heads, heads.length)).isEqualTo(2);
        assertThat(scanner.completedHeads(new byte[] { '\n' }, 1)).isEqualTo(1); // the third ends in the next chunk
        byte[] noEnd = "GET / HTTP/1.1\r\n\n\r\r\nX: y\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(scanner.completedHeads(noEnd, noEnd.length)).isZero();
    }

    @Test
    void theResetIsAlwaysAMinuteAfterTheDate() {
        Instant now = Instant.parse("2026-01-01T00:00:59.900Z");
        String answer = new String(OktaUserAnswer.at(now), StandardCharsets.UTF_8);

        assertThat(answer).contains("Date: Thu, 01 Jan 2026 00:00:59 GMT\r\n")
                .contains("X-Rate-Limit-Reset: " + (now.getEpochSecond() + 60) + "\r\n")
                .contains("Content-Length: " + OktaUserAnswer.bodyLength() + "\r\n");
    }
}
