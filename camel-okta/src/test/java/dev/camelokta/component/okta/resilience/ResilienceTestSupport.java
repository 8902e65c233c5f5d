package dev.camelokta.component.okta.resilience;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.camelokta.component.okta.OktaComponent;
import dev.camelokta.component.okta.model.OktaResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A bare CamelContext with the okta component, for tests that tune the component itself (concurrency, retries).
 */
abstract class ResilienceTestSupport {

    static final String TOKEN = "00resilience-test-token";
    static final String USER_JSON = """
            {"id":"00u1abcdEFGH","status":"ACTIVE","created":"2026-01-01T00:00:00.000Z",
             "profile":{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","login":"ada@example.com"},
             "type":{"id":"oty1"},"_links":{"self":{"href":"x"}}}""";

    CamelContext context;
    ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        context.addComponent("okta", component());
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** The component under test; override to tune it. */
    OktaComponent component() {
        return new OktaComponent();
    }

    String uri(String operation, int port, String options) {
        return "okta:" + operation + "?baseUrl=http://127.0.0.1:" + port + "&apiToken=RAW(" + TOKEN + ")"
               + (options.isEmpty() ? "" : "&" + options);
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, exchange -> exchange.getMessage().setHeaders(new java.util.HashMap<>(headers)));
    }

    static OktaResult result(Exchange exchange) {
        return exchange.getMessage().getBody(OktaResult.class);
    }

    /** An HTTP Date header as Okta writes it. */
    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static Map<String, Object> newUserHeaders() {
        return Map.of("CamelOktaFirstName", "Ada", "CamelOktaLastName", "Lovelace",
                "CamelOktaEmail", "ada@example.com", "CamelOktaLogin", "ada@example.com");
    }
}
