package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every answer carries, success or error: Okta's headers and, for errors, Okta's error body. */
class ResponseShapeTest {

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().rateLimit(Bucket.OTHER, 1000, Duration.ofMinutes(1)))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void everyAnswerHasARequestIdJsonContentTypeAndDate() {
        List<ApiCall> answers = new ArrayList<>(List.of(
                client.post("/api/v1/users", Profiles.body(Profiles.of("h@example.com"))),
                client.get("/api/v1/users/h@example.com"),
                client.get("/api/v1/users/nobody@example.com"),
                client.post("/api/v1/users", "not json"),
                client.withAuthorization(null).get("/api/v1/users"),
                client.get("/api/v1/nothing/here"),
                client.send("DELETE", "/api/v1/meta/types/user", null)));
        okta.sandbox().failNextRequests(1);
        answers.add(client.get("/api/v1/users"));

        Set<String> requestIds = new HashSet<>();
        for (ApiCall answer : answers) {
            assertThat(answer.header("X-Okta-Request-Id")).as(answer.body()).isNotBlank();
            assertThat(answer.header("Content-Type")).isEqualTo("application/json");
            assertThat(answer.header("Date")).isNotBlank();
            requestIds.add(answer.header("X-Okta-Request-Id"));
        }
        assertThat(requestIds).hasSize(answers.size());
    }

    @Test
    void requestIdsDoNotRepeat() {
        Set<String> requestIds = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            requestIds.add(client.get("/api/v1/meta/types/user").header("X-Okta-Request-Id"));
        }

        assertThat(requestIds).hasSize(200);
    }

    @Test
    void errorBodiesHaveOktasShape() {
        JsonNode error = client.get("/api/v1/users/nobody@example.com").json();

        assertThat(error.fieldNames()).toIterable()
                .containsExactly("errorCode", "errorSummary", "errorLink", "errorId", "errorCauses");
        assertThat(error.path("errorLink").asText()).isEqualTo(error.path("errorCode").asText());
        assertThat(error.path("errorId").asText()).matches("oae[A-Za-z0-9_-]{22}");
        assertThat(error.path("errorCauses").isArray()).isTrue();
        assertThat(client.get("/api/v1/users/nobody@example.com").json().path("errorId"))
                .isNotEqualTo(error.path("errorId"));
    }

    @Test
    void anUnknownPathAnswers404WithE0000008() {
        ApiCall unknown = client.get("/api/v1/apps");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("E0000008");
        assertThat(unknown.json().path("errorSummary").asText()).isEqualTo("The requested path was not found");
        assertThat(okta.sandbox().counters().requests(Bucket.OTHER)).isEqualTo(1);
    }

    @Test
    void aKnownPathWithAnotherMethodAnswers405WithE0000022() {
        ApiCall refused = client.send("DELETE", "/api/v1/users", null);
        ApiCall patch = client.send("PATCH", "/api/v1/users/00uSomebody0000000000", "{}");

        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.errorCode()).isEqualTo("E0000022");
        assertThat(refused.json().path("errorSummary").asText())
                .isEqualTo("The endpoint does not support the provided HTTP method");
        assertThat(refused.header("Allow")).isEqualTo("GET, POST");
        assertThat(patch.status()).isEqualTo(405);
    }

    @Test
    void aHeadRequestGetsTheHeadersWithoutABody() {
        ApiCall head = client.send("HEAD", "/api/v1/users", null);

        assertThat(head.status()).isEqualTo(405);
        assertThat(head.header("X-Okta-Request-Id")).isNotBlank();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void keepsTheConnectionAliveBetweenRequests() throws Exception {
        // Two requests over one socket: the second is only answered if the first left the connection open.
        try (Socket socket = new Socket("127.0.0.1", okta.sandbox().port())) {
            socket.setSoTimeout(5000);
            String request = "GET /api/v1/meta/types/user HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: SSWS "
                    + okta.apiToken() + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < 2; i++) {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
                int contentLength = skipHeadersReadingContentLength(in);
                char[] body = new char[contentLength];
                int read = 0;
                while (read < contentLength) {
                    read += in.read(body, read, contentLength - read);
                }
            }
        }
    }

    private static int skipHeadersReadingContentLength(BufferedReader in) throws IOException {
        int contentLength = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return contentLength;
    }
}
