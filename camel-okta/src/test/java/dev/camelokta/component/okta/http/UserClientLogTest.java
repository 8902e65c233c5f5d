package dev.camelokta.component.okta.http;

import java.util.List;

import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token in HttpClient's logs when the endpoint is given the user's own client: masked in the header log, which
 * prints each request header's toString; the wire log prints the bytes sent, which only the client's connections
 * could keep silent, so the component warns when it is on.
 */
class UserClientLogTest extends OktaTestSupport {

    private static final String ISAAC = "/api/v1/users/00ub0oNGTSWTBKOLGLNR";
    private static final String WIRE_LOGGER = " org.apache.hc.client5.http.wire - ";

    @BeforeEach
    void oktaHasIsaac() {
        givenOkta(get(urlEqualTo(ISAAC)), oktaJson(200, "user.json"));
    }

    @ParameterizedTest(name = "HttpClients.{0}")
    @ValueSource(strings = { "createDefault()", "custom().build()" })
    void theHeaderLogOfTheUsersOwnClientShowsTheTokenMasked(String built) throws Exception {
        List<String> lines;
        try (CloseableHttpClient client = built.startsWith("custom") ? HttpClients.custom().build()
                                                                      : HttpClients.createDefault();
             LogCapture capture = LogCapture.open().at(Level.TRACE, "org.apache.hc", "dev.camelokta")) {
            context.getRegistry().bind("ownClient", client);

            assertThat(userResult(call(oktaUri("getUser", "httpClient=#ownClient"), "00ub0oNGTSWTBKOLGLNR")).isSuccess())
                    .isTrue();
            lines = capture.lines();
        }

        OKTA.verify(1, withOktaHeaders(getRequestedFor(urlEqualTo(ISAAC))));
        assertThat(lines).as("the header log").anyMatch(line -> line.startsWith("DEBUG org.apache.hc.client5.http.headers")
                                                                && line.endsWith(">> Authorization: SSWS ***"));
        assertThat(lines).filteredOn(line -> !line.contains(WIRE_LOGGER)).isNotEmpty()
                .noneMatch(line -> line.contains(TOKEN));
        assertThat(lines).as("the wire log cannot be masked from the request: a warning says so").anyMatch(line ->
                line.startsWith("WARN dev.camelokta.component.okta.OktaComponent - An okta endpoint calls Okta with its "
                                + "own httpClient while the logger org.apache.hc.client5.http.wire is at DEBUG"));
    }

    @Test
    void noWarningWhileTheWireLogIsOff() throws Exception {
        List<String> lines;
        try (CloseableHttpClient client = HttpClients.createDefault();
             LogCapture capture = LogCapture.open().at(Level.TRACE, "dev.camelokta")) {
            context.getRegistry().bind("ownClient", client);

            assertThat(userResult(call(oktaUri("getUser", "httpClient=#ownClient"), "00ub0oNGTSWTBKOLGLNR")).isSuccess())
                    .isTrue();
            lines = capture.lines();
        }

        assertThat(lines).isNotEmpty().noneMatch(line -> line.startsWith("WARN"));
    }
}
