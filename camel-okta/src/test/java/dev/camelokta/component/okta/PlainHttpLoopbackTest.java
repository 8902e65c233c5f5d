package dev.camelokta.component.okta;

import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plain http carries the token in clear, so a baseUrl may use it only towards this machine: a literal loopback address
 * or exactly localhost, told from the text without DNS. Nothing is sent; only the endpoint is created.
 */
class PlainHttpLoopbackTest extends OktaTestSupport {

    private static final String API_TOKEN = "&apiToken=RAW(" + TOKEN + ")";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://127.255.255.254:9",
            "http://[::1]:8080",
            "http://[0:0:0:0:0:0:0:1]:8080",
            "http://localhost:1",
            "http://LocalHost:1" })
    void acceptsPlainHttpToALoopbackAddress(String baseUrl) {
        OktaEndpoint endpoint = context.getEndpoint("okta:getUser?baseUrl=" + baseUrl + API_TOKEN, OktaEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo(baseUrl);
    }

    /**
     * Names that look like loopback but resolve anywhere, and the spellings of 127.0.0.1 that only some resolvers read
     * (integer, hex, short, IPv4-mapped IPv6): refused, so that what is accepted never depends on a resolver. (URI
     * finds no host in {@code 0x7f.1} or {@code 127.1}: those are refused as URLs without one.)
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://127.0.0.1.nip.io",
            "http://127.attacker.example",
            "http://127.0.0.1.attacker.example:8080",
            "http://localhost.attacker.example",
            "http://localhost.",
            "http://0x7f.1",
            "http://0x7f000001",
            "http://2130706433",
            "http://127.1",
            "http://0177.0.0.1",
            "http://[::ffff:127.0.0.1]",
            "http://[::]:8080",
            "http://0.0.0.0:8080",
            "http://10.0.0.1" })
    void refusesPlainHttpToAnythingElse(String baseUrl) {
        assertThatThrownBy(() -> context.getEndpoint("okta:getUser?baseUrl=" + baseUrl + API_TOKEN))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Invalid option baseUrl '" + baseUrl + "': ")
                .hasMessageContaining("https")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void theRefusalSaysWherePlainHttpMayGo() {
        assertThatThrownBy(() -> context.getEndpoint("okta:getUser?baseUrl=http://127.0.0.1.nip.io" + API_TOKEN))
                .hasMessageContaining("https is required (plain http is only allowed to a loopback address: "
                                      + "127.x.x.x, [::1] or localhost)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://127.0.0.1.nip.io", "https://localhost.attacker.example" })
    void httpsStaysAllowedToAnyHost(String baseUrl) {
        assertThat(context.getEndpoint("okta:getUser?baseUrl=" + baseUrl + API_TOKEN, OktaEndpoint.class).getServiceUrl())
                .isEqualTo(baseUrl);
    }
}
