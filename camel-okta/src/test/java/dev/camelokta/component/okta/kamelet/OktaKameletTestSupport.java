package dev.camelokta.component.okta.kamelet;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the YAML DSL routes of kamelets-test/okta-kamelet-routes.yaml, which call each Kamelet with its baseUrl pointed
 * at a WireMock Okta on loopback, and reads the JSON each Kamelet puts out.
 */
abstract class OktaKameletTestSupport {

    static final String API_TOKEN = "00kamelet-test-token";
    static final String AUTHORIZATION = "SSWS " + API_TOKEN;

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension OKTA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private CamelContext context;

    @BeforeEach
    void startRoutes() throws Exception {
        context = KameletRoutes.start("kamelets-test/okta-kamelet-routes.yaml", Map.of(
                "okta.base-url", "http://127.0.0.1:" + OKTA.getPort(),
                "okta.api-token", API_TOKEN));
    }

    @AfterEach
    void stopRoutes() throws Exception {
        context.close();
    }

    /** Sends the body (and headers) to a route of the YAML file and parses the JSON text that comes out. */
    JsonNode call(String routeUri, Object body, Map<String, Object> headers) throws Exception {
        Exchange result = context.createProducerTemplate().request(routeUri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertThat(result.getException()).isNull();
        Object out = result.getMessage().getBody();
        assertThat(out).as("the Kamelet's output is JSON text").isInstanceOf(String.class);
        return JSON.readTree((String) out);
    }

    JsonNode call(String routeUri, Object body) throws Exception {
        return call(routeUri, body, Map.of());
    }
}
