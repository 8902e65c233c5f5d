package dev.camelokta.springboot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application given the token as camel.component.okta.api-token=${...} starts, reads one user and stops
 * while the root, org.springframework, org.apache.camel, org.apache.hc and dev.camelokta loggers are captured at
 * TRACE: no line shows the token, and Okta receives it. Spring resolves ${...} and binds the property without logging
 * values; the starter hands the value to the component as it is.
 */
class OktaTokenSecrecyTest {

    private static final String TOKEN = "00SpringBootToken-Nq6Vx1Lc8Rw3Kd5";
    private static final String USER = """
            {"id": "00u1ada", "status": "ACTIVE", "profile": {"firstName": "Ada", "lastName": "Lovelace",
             "email": "ada@example.com", "login": "ada@example.com"}}
            """;

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer okta;

    /** A stand-in Okta on a random loopback port that knows one user and notes the Authorization headers. */
    @BeforeEach
    void startOkta() throws IOException {
        okta = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        okta.createContext("/api/v1/users/00u1ada", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = USER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        okta.start();
    }

    @AfterEach
    void stopOkta() {
        okta.stop(0);
    }

    @Test
    void noLogLineShowsTheTokenOfTheProperties() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, OktaComponentConverter.class,
                        OktaComponentAutoConfiguration.class))
                .withPropertyValues(
                        "okta.test-token=" + TOKEN,
                        "camel.component.okta.api-token=${okta.test-token}",
                        "camel.component.okta.base-url=http://127.0.0.1:" + okta.getAddress().getPort());

        String logs;
        try (LogbackCapture capture = LogbackCapture.atTrace("org.springframework", "org.apache.camel", "org.apache.hc",
                "dev.camelokta")) {
            runner.run(context -> {
                assertThat(context).hasNotFailed();
                String result = context.getBean(CamelContext.class).createProducerTemplate()
                        .requestBody("okta:getUser", "00u1ada", String.class);
                assertThat(result).startsWith("{\"success\":true");
            });
            logs = capture.text();
        }

        assertThat(logs).as("the capture saw Spring, Camel and the call at TRACE")
                .contains("TRACE org.springframework", "TRACE org.apache.camel", "Okta GET /api/v1/users/00u1ada -> 200")
                .doesNotContain(TOKEN);
        assertThat(authorizations).containsExactly("SSWS " + TOKEN);
    }
}
