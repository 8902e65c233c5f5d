package dev.camelokta.component.okta.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.model.OktaUserResult;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel context per test and one WireMock server per test class on random loopback ports (http, and https with
 * WireMock's self-signed certificate), standing in for Okta. Endpoints point at it with {@code baseUrl=http://127.0.0.1:PORT} and {@link #TOKEN}; nothing reaches a real Okta.
 */
public abstract class OktaTestSupport extends CamelTestSupport {

    /** Shaped like an Okta SSWS token; every test checks it is sent, some that it shows nowhere else. */
    public static final String TOKEN = "00QCjAl4MlV-WPXM-ABCDEFGHIJKLMNOPQ_rstuvwxyz";

    /** The X-Okta-Request-Id of every stubbed answer. */
    public static final String REQUEST_ID = "XsPa2qgm9rdpYLbAEZ4KYwAAAHE";
    public static final int RATE_LIMIT_LIMIT = 600;
    public static final int RATE_LIMIT_REMAINING = 599;
    /** Far enough ahead that the component never waits for it. */
    public static final long RATE_LIMIT_RESET = Instant.now().plusSeconds(3600).getEpochSecond();

    /** createUser input as CamelOkta headers: Isaac Brock of Okta's spec examples. */
    protected static final Map<String, Object> CREATE_ISAAC = Map.of(
            OktaConstants.FIRST_NAME, "Isaac",
            OktaConstants.LAST_NAME, "Brock",
            OktaConstants.EMAIL, "isaac.brock@example.com",
            OktaConstants.LOGIN, "isaac.brock@example.com");

    @RegisterExtension
    protected static final WireMockExtension OKTA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"))
            .build();

    protected static String baseUrl() {
        return "http://127.0.0.1:" + OKTA.getPort();
    }

    /** {@code okta:operation} against the stand-in Okta with the test token, plus options such as {@code maxRetries=0}. */
    protected static String oktaUri(String operation, String... options) {
        return endpointUri(baseUrl(), operation, "RAW(" + TOKEN + ")", options);
    }

    /** {@code okta:operation?baseUrl=...&apiToken=...} with the given org URL and apiToken value (none when null). */
    protected static String endpointUri(String baseUrl, String operation, String apiToken, String... options) {
        StringBuilder uri = new StringBuilder("okta:").append(operation).append("?baseUrl=").append(baseUrl);
        if (apiToken != null) {
            uri.append("&apiToken=").append(apiToken);
        }
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    /** The URL of a loopback port nothing listens on any more: connections to it are refused. */
    protected static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties for {@code useOverridePropertiesWithPropertiesComponent}: key, value, key, value... */
    protected static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    /** Sends the body and headers to the endpoint and returns the exchange, failed or not. */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
    }

    protected Exchange call(String uri, Object body) {
        return call(uri, body, Map.of());
    }

    protected static OktaUserResult userResult(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange.getMessage().getBody(OktaUserResult.class);
    }

    protected static OktaTypeIdOptionsResult optionsResult(Exchange exchange) {
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange.getMessage().getBody(OktaTypeIdOptionsResult.class);
    }

    /** Stubs one Okta call. */
    protected static void givenOkta(MappingBuilder request, ResponseDefinitionBuilder answer) {
        OKTA.stubFor(request.willReturn(answer));
    }

    /** Okta's JSON answer with the fixture as body and the headers Okta sends with every answer. */
    protected static ResponseDefinitionBuilder oktaJson(int status, String fixture) {
        return oktaAnswer(status).withHeader("Content-Type", "application/json").withBody(OktaFixtures.read(fixture));
    }

    /** An answer with Okta's request id and rate-limit headers, and no body yet. */
    protected static ResponseDefinitionBuilder oktaAnswer(int status) {
        return aResponse().withStatus(status)
                .withHeader("X-Okta-Request-Id", REQUEST_ID)
                .withHeader("X-Rate-Limit-Limit", String.valueOf(RATE_LIMIT_LIMIT))
                .withHeader("X-Rate-Limit-Remaining", String.valueOf(RATE_LIMIT_REMAINING))
                .withHeader("X-Rate-Limit-Reset", String.valueOf(RATE_LIMIT_RESET));
    }

    /** The headers every request to Okta carries. */
    protected static RequestPatternBuilder withOktaHeaders(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo("SSWS " + TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("camel-okta/\\S+ .*"));
    }

    /** The input was refused before any call. */
    protected static void verifyNoOktaCall() {
        OKTA.verify(0, anyRequestedFor(anyUrl()));
    }

    protected static int oktaCallCount() {
        return OKTA.getAllServeEvents().size();
    }
}
