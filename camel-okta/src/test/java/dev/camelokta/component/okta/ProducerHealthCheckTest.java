package dev.camelokta.component.okta;

import java.util.Collection;

import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Camel's producer health checks on, each okta producer reports whether its org answers and takes the token.
 */
class ProducerHealthCheckTest extends OktaTestSupport {

    private static final String USER_TYPES = "/api/v1/meta/types/user";

    @Test
    void upWhenOktaAnswersTheProbe() throws Exception {
        givenOkta(get(USER_TYPES), oktaJson(200, "user-types.json"));

        HealthCheck.Result result = checkProducerOf(oktaUri("createUser"));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        OKTA.verify(withOktaHeaders(getRequestedFor(urlEqualTo(USER_TYPES))));
    }

    @Test
    void downWithOktasReasonWhenTheTokenIsRefused() throws Exception {
        givenOkta(get(USER_TYPES), oktaJson(401, "error-401-invalid-token.json"));

        HealthCheck.Result result = checkProducerOf(oktaUri("getUser", "maxRetries=3"));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).startsWith("HTTP 401 E0000011"));
        assertThat(result.getDetails()).containsEntry("okta.error.code", "E0000011");
        OKTA.verify(1, getRequestedFor(urlEqualTo(USER_TYPES))); // a probe never retries
    }

    @Test
    void downWhenOktaCannotBeReachedAndTheIdNeverShowsTheToken() throws Exception {
        String uri = endpointUri(closedPortUrl(), "getUser", "RAW(" + TOKEN + ")");

        HealthCheck.Result result = checkProducerOf(uri);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("cannot connect"));
        assertThat(result.getCheck().getId()).startsWith("producer:okta-").doesNotContain(TOKEN);
    }

    /** Starts a route to the endpoint with producer health checks on, and runs the okta check once. */
    private static HealthCheck.Result checkProducerOf(String uri) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(camel, "producers");
            producers.setEnabled(true);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:provision").to(uri);
                }
            });
            camel.start();
            Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(camel);
            return results.stream().filter(result -> result.getCheck().getId().startsWith("producer:okta-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no okta producer health check in " + results));
        }
    }
}
