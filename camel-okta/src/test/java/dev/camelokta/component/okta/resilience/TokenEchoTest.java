package dev.camelokta.component.okta.resilience;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.support.LogCapture;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.camelokta.component.okta.resilience.HostileServer.ok;
import static dev.camelokta.component.okta.resilience.HostileServer.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer that echoes the API token, in its body, a header, or text HttpClient quotes in an exception, has it
 * replaced by *** when it is read: the token reaches no result, header, exception or log line.
 */
class TokenEchoTest extends ResilienceTestSupport {

    private static final String USER_ID = "00u1abcdEFGH";

    private HostileServer okta;

    @AfterEach
    void closeServer() throws IOException {
        if (okta != null) {
            okta.close();
        }
    }

    @Test
    void anErrorBodyAndARequestIdThatEchoTheTokenAreRedacted() throws Exception {
        String echo = "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided: SSWS " + TOKEN + "\","
                      + "\"errorLink\":\"E0000011\",\"errorId\":\"oae1\",\"errorCauses\":[]}";
        okta = new HostileServer((request, out) -> write(out, "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json"
                                                              + "\r\nX-Okta-Request-Id: req-" + TOKEN + "\r\nContent-Length: "
                                                              + echo.length() + "\r\nConnection: close\r\n\r\n" + echo));

        Exchange asResult;
        Exchange asException;
        String logs;
        try (LogCapture capture = LogCapture.open().at(Level.TRACE, "dev.camelokta", "org.apache.hc")) {
            asResult = send(uri("getUser", okta.port(), "maxRetries=0"), Map.of(OktaConstants.USER_ID, USER_ID));
            asException = send(uri("getUser", okta.port(), "maxRetries=0&throwExceptionOnFailure=true"),
                    Map.of(OktaConstants.USER_ID, USER_ID));
            logs = capture.text();
        }

        assertThat(result(asResult).getError()).isEqualTo("HTTP 401 E0000011 Invalid token provided: SSWS ***");
        assertThat(asResult.getMessage().getHeader(OktaConstants.REQUEST_ID)).isEqualTo("req-***");
        assertThat(asResult.getMessage().getBody(String.class)).doesNotContain(TOKEN);
        assertThat(asException.getException()).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("HTTP 401 E0000011 Invalid token provided: SSWS ***");
            assertThat(e.getErrorSummary()).isEqualTo("Invalid token provided: SSWS ***");
            assertThat(e.getRequestId()).isEqualTo("req-***");
        });
        for (Exchange exchange : new Exchange[] { asResult, asException }) {
            assertThat(exchange.getMessage().getHeaders())
                    .allSatisfy((name, value) -> assertThat(String.valueOf(value)).as(name).doesNotContain(TOKEN));
        }
        assertThat(logs).as("the capture saw the calls").contains("Okta GET /api/v1/users/" + USER_ID + " -> 401 "
                                                                  + "(request id req-***")
                .doesNotContain(TOKEN);
    }

    @Test
    void aSuccessfulBodyThatEchoesTheTokenIsRedacted() throws Exception {
        okta = new HostileServer((request, out) -> write(out, ok(USER_JSON.replace("Lovelace", TOKEN))));

        Exchange exchange = send(uri("getUser", okta.port(), ""), Map.of(OktaConstants.USER_ID, USER_ID));

        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"lastName\":\"***\"").doesNotContain(TOKEN);
    }

    /** A chunk header is quoted in HttpClient's exception: the retry's log line and the error must not show it. */
    @Test
    void anExceptionThatQuotesTheTokenIsRedacted() throws Exception {
        okta = new HostileServer((request, out) -> write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                              + "Transfer-Encoding: chunked\r\n\r\n" + TOKEN + "\r\n"));

        Exchange exchange;
        String logs;
        try (LogCapture capture = LogCapture.open().at(Level.TRACE, "dev.camelokta", "org.apache.hc")) {
            exchange = send(uri("getUser", okta.port(), "maxRetries=1&throwExceptionOnFailure=true"),
                    Map.of(OktaConstants.USER_ID, USER_ID));
            logs = capture.text();
        }

        assertThat(okta.connections()).as("retried as a lost answer").isEqualTo(2);
        assertThat(exchange.getException()).isInstanceOf(OktaApiException.class)
                .hasMessageContaining("Bad chunk header: ***");
        assertThat(stackTrace(exchange.getException())).doesNotContain(TOKEN);
        assertThat(logs).as("the capture saw the retry").contains("Retrying an Okta call").doesNotContain(TOKEN);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
