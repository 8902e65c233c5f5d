package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    @Test
    void failNextRequestsAnswers503ThenServesAgain() {
        try (OktaSandbox okta = OktaSandbox.start()) {
            SandboxClient client = new SandboxClient(okta);
            okta.failNextRequests(2);

            ApiCall first = client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com")));
            ApiCall second = client.get("/api/v1/meta/types/user");
            ApiCall third = client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com")));

            assertThat(first.status()).isEqualTo(503);
            assertThat(first.errorCode()).isEqualTo("E0000009");
            assertThat(first.json().path("errorSummary").asText()).isEqualTo("Internal Server Error");
            assertThat(first.header("X-Rate-Limit-Remaining")).isNotBlank();
            assertThat(second.status()).isEqualTo(503);
            assertThat(third.status()).isEqualTo(200);
            assertThat(okta.counters().serviceUnavailable()).isEqualTo(2);
            assertThat(okta.counters().usersCreated()).isEqualTo(1);
        }
    }

    @Test
    void failuresCanBePlannedForOneBucket() {
        try (OktaSandbox okta = OktaSandbox.start()) {
            SandboxClient client = new SandboxClient(okta);
            okta.failNextRequests(Bucket.CREATE_USER, 1);

            assertThat(client.get("/api/v1/meta/types/user").status()).isEqualTo(200);
            assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com"))).status())
                    .isEqualTo(503);
            assertThat(okta.users()).isEmpty();
            assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com"))).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void dropNextRequestsClosesTheConnectionWithoutAnyAnswer() throws IOException {
        try (OktaSandbox okta = OktaSandbox.start()) {
            okta.dropNextRequests(1);

            try (Socket socket = new Socket("127.0.0.1", okta.port())) {
                socket.setSoTimeout(5000);
                String body = Profiles.body(Profiles.of("dropped@example.com"));
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: SSWS " + okta.apiToken()
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();

                assertThat(in.read()).as("end of stream, no byte of an answer").isEqualTo(-1);
            }
            assertThat(okta.findByLogin("dropped@example.com")).isEmpty();
            assertThat(okta.counters().droppedConnections()).isEqualTo(1);
            assertThat(new SandboxClient(okta).get("/api/v1/meta/types/user").status()).isEqualTo(200);
        }
    }

    @Test
    void aDroppedConnectionFailsAnHttpClientCall() {
        try (OktaSandbox okta = OktaSandbox.start()) {
            SandboxClient client = new SandboxClient(okta);
            okta.dropNextRequests(Bucket.CREATE_USER, 1);

            assertThatThrownBy(() -> client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com"))))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com"))).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aSeededFailureRateGivesTheSameAnswersEveryRun() {
        List<Integer> firstRun = statuses(OktaSandbox.builder().failureRate(0.5).seed(42));
        List<Integer> secondRun = statuses(OktaSandbox.builder().failureRate(0.5).seed(42));

        assertThat(firstRun).isEqualTo(secondRun).contains(200, 503).containsOnly(200, 503);
    }

    @Test
    void aFullDropRateDropsEverything() {
        try (OktaSandbox okta = OktaSandbox.builder().dropRate(1).start()) {
            SandboxClient client = new SandboxClient(okta);

            assertThatThrownBy(() -> client.post("/api/v1/users", Profiles.body(Profiles.of("a@example.com"))))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(okta.users()).isEmpty();
        }
    }

    @Test
    void latencyDelaysEveryAnswerByAtLeastItsDuration() {
        try (OktaSandbox okta = OktaSandbox.builder().latency(Duration.ofMillis(150)).start()) {
            SandboxClient client = new SandboxClient(okta);
            long start = System.nanoTime();

            ApiCall answer = client.get("/api/v1/meta/types/user");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void sharesMustBeBetweenZeroAndOne() {
        assertThatThrownBy(() -> OktaSandbox.builder().failureRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OktaSandbox.builder().dropRate(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OktaSandbox.builder().failureRate(0.6).dropRate(0.6).start())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> statuses(OktaSandboxBuilder builder) {
        try (OktaSandbox okta = builder.start()) {
            SandboxClient client = new SandboxClient(okta);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(client.get("/api/v1/meta/types/user").status());
            }
            return statuses;
        }
    }
}
