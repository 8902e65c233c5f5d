package dev.camelokta.component.okta.resilience;

import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelokta.component.okta.OktaComponent;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaResult;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * maxConcurrentRequests bounds the requests in flight across all endpoints of the component, measured in the stub,
 * under a parallel split.
 */
class ConcurrencyLimitTest extends ResilienceTestSupport {

    private static final int MAX_CONCURRENT = 3;

    private final CountingOktaStub stub = new CountingOktaStub(10_000, 60, 100);

    @RegisterExtension
    WireMockExtension okta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(stub).containerThreads(30))
            .build();

    @Override
    OktaComponent component() {
        OktaComponent component = new OktaComponent();
        component.setMaxConcurrentRequests(MAX_CONCURRENT);
        return component;
    }

    @Test
    void aParallelSplitOverTwoEndpointsNeverHasMoreRequestsInFlightThanAllowed() throws Exception {
        okta.stubFor(get(urlPathMatching("/api/v1/users/.*"))
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON).withTransformers(CountingOktaStub.NAME)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:provision")
                        .split(body()).parallelProcessing() // Camel's default pool: 10 threads
                            .setHeader(OktaConstants.USER_ID, body())
                            .choice()
                                .when(simple("${body} contains 'even'")).to(uri("getUser", okta.getPort(), ""))
                                .otherwise().to(uri("getUser", okta.getPort(), "responseTimeout=20000"))
                            .end()
                            .to("mock:results");
            }
        });
        List<String> ids = IntStream.range(0, 24).mapToObj(i -> (i % 2 == 0 ? "even-" : "odd-") + i).toList();

        template.sendBody("direct:provision", ids);

        List<OktaResult> results = context.getEndpoint("mock:results", MockEndpoint.class)
                .getExchanges().stream().map(ResilienceTestSupport::result).toList();
        assertThat(results).hasSize(24).allSatisfy(result -> assertThat(result.isSuccess()).isTrue());
        assertThat(stub.maxInFlight()).isEqualTo(MAX_CONCURRENT);
    }
}
