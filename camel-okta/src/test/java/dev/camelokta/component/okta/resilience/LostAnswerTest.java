package dev.camelokta.component.okta.resilience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelokta.component.okta.OktaConstants;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelokta.component.okta.resilience.HostileServer.answer;
import static dev.camelokta.component.okta.resilience.HostileServer.ok;
import static dev.camelokta.component.okta.resilience.HostileServer.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection closed normally in the middle of an answer loses the answer as surely as a reset: it is retried like
 * one, and a createUser whose answer was cut short finds the user it created.
 */
class LostAnswerTest extends ResilienceTestSupport {

    private static final String USER_PATH = "/api/v1/users/00u1abcdEFGH";
    private static final String DUPLICATE_LOGIN = """
            {"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oae2",
             "errorCauses":[{"errorSummary":"login: An object with this field already exists in the current organization"}]}""";
    /** The first 100 bytes of the user; each cut answer announces more. */
    private static final String PART = new String(USER_JSON.getBytes(StandardCharsets.UTF_8), 0, 100, StandardCharsets.UTF_8);

    /** Answers that end early, then a normal close (FIN). */
    private static final String CONTENT_LENGTH_CUT_SHORT = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                           + "Content-Length: 500\r\n\r\n" + PART;
    private static final String CHUNK_CUT_SHORT = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                  + "Transfer-Encoding: chunked\r\n\r\n1f4\r\n" + PART;
    private static final String LAST_CHUNK_MISSING = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                     + "Transfer-Encoding: chunked\r\n\r\n64\r\n" + PART + "\r\n";

    private HostileServer okta;

    @AfterEach
    void closeServer() throws IOException {
        if (okta != null) {
            okta.close();
        }
    }

    static Stream<Arguments> answersCutShort() {
        return Stream.of(
                Arguments.of(Named.of("a Content-Length body cut short", CONTENT_LENGTH_CUT_SHORT)),
                Arguments.of(Named.of("a chunk cut short", CHUNK_CUT_SHORT)),
                Arguments.of(Named.of("no last chunk", LAST_CHUNK_MISSING)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersCutShort")
    void anAnswerCutShortIsRetried(String cutShort) throws Exception {
        okta = new HostileServer((request, out) -> write(out, request.connection() == 0 ? cutShort : ok(USER_JSON)));

        Exchange exchange = send(uri("getUser", okta.port(), ""), Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));

        assertThat(result(exchange).getError()).isNull();
        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(okta.requestLines()).containsExactly("GET " + USER_PATH + " HTTP/1.1", "GET " + USER_PATH + " HTTP/1.1");
    }

    @Test
    void aCreateWhoseAnswerWasCutShortAndThenMeetsItsOwnLoginReturnsTheUserCreatedOnce() throws Exception {
        // Okta's Date and the user's created time show the user was created during this call (see IdempotentCreateTest)
        Instant now = Instant.now();
        String duplicate = answer("400 Bad Request", DUPLICATE_LOGIN)
                .replaceFirst("\r\n", "\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC)) + "\r\n");
        String createdDuringTheCall = USER_JSON.replace("2026-01-01T00:00:00.000Z", now.toString());
        okta = new HostileServer((request, out) -> write(out, switch (request.connection()) {
            case 0 -> CONTENT_LENGTH_CUT_SHORT; // Okta created the user; its answer was lost
            case 1 -> duplicate;
            default -> ok(createdDuringTheCall);
        }));

        Exchange exchange = send(uri("createUser", okta.port(), ""), newUserHeaders());

        assertThat(result(exchange).getError()).isNull();
        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo("00u1abcdEFGH");
        assertThat(okta.requestLines()).containsExactly("POST /api/v1/users?activate=true HTTP/1.1",
                "POST /api/v1/users?activate=true HTTP/1.1", "GET /api/v1/users/ada%40example.com HTTP/1.1");
    }

    @Test
    void answersCutShortPastMaxRetriesEndWithAnErrorThatSaysSo() throws Exception {
        okta = new HostileServer((request, out) -> write(out, CONTENT_LENGTH_CUT_SHORT));

        Exchange exchange = send(uri("getUser", okta.port(), "maxRetries=1"), Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));

        assertThat(result(exchange).getError()).isEqualTo("Okta GET " + USER_PATH + ": the connection closed before "
                                                          + "Okta's whole answer came (ConnectionClosedException: Premature "
                                                          + "end of Content-Length delimited message body (expected: 500; "
                                                          + "received: 100))");
        assertThat(okta.connections()).isEqualTo(2);
    }
}
