package dev.camelokta.component.okta.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.support.LogCapture;
import org.apache.logging.log4j.Level;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proactive throttling against a stub that counts down X-Rate-Limit-Remaining: the component waits for the reset
 * instead of meeting a 429, and keeps to its share of the bucket.
 */
class ThrottlingTest extends ResilienceTestSupport {

    private static final int LIMIT = 4;
    private static final int WINDOW_SECONDS = 1;

    private final CountingOktaStub bucket = new CountingOktaStub(LIMIT, WINDOW_SECONDS, 0);

    @RegisterExtension
    WireMockExtension okta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(bucket))
            .build();

    @Test
    void fullCapacityNeverMeetsA429AndSaysWhenItWaits() {
        stubUsers();

        List<Exchange> exchanges;
        List<String> logLines;
        try (LogCapture log = LogCapture.open().at(Level.DEBUG, "dev.camelokta")) {
            exchanges = getUsers(10, "maxRetries=0");
            logLines = log.lines();
        }

        assertThat(exchanges).allSatisfy(exchange -> assertThat(result(exchange).isSuccess()).isTrue());
        assertThat(bucket.refused()).isZero();
        assertThat(exchanges).allSatisfy(exchange -> assertThat(exchange.getMessage().getHeader(OktaConstants.RATE_LIMIT_LIMIT))
                .isEqualTo(LIMIT));
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("INFO")
                .containsPattern("Waiting \\d+ ms for Okta rate-limit bucket GET_USER of http://127\\.0\\.0\\.1:\\d+ "
                                 + "\\(limit 4 per window, using 100%, resets at \\d{4}-"));
        assertThat(logLines).filteredOn(line -> line.contains("DEBUG"))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(line -> assertThat(line).containsPattern(
                        "Okta GET /api/v1/users/00u1abcdEFGH -> 200 \\(request id \\S+, \\d+ ms\\)"));
        assertThat(String.join("\n", logLines)).doesNotContain(TOKEN);
    }

    @Test
    void halfCapacityUsesAtMostHalfOfEachWindow() {
        stubUsers();

        List<Exchange> exchanges = getUsers(6, "maxRetries=0&rateLimitCapacity=50");

        assertThat(exchanges).allSatisfy(exchange -> assertThat(result(exchange).isSuccess()).isTrue());
        assertThat(bucket.refused()).isZero();
        // the first window is spent before the component knows the bucket: from then on, 2 of 4
        assertThat(bucket.mostAcceptedInOneWindow()).isLessThanOrEqualTo(LIMIT / 2 + 1);
    }

    private void stubUsers() {
        okta.stubFor(get(urlPathMatching("/api/v1/users/.*"))
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON).withTransformers(CountingOktaStub.NAME)));
    }

    private List<Exchange> getUsers(int count, String options) {
        String uri = uri("getUser", okta.getPort(), options);
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(template.asyncSend(uri, exchange -> exchange.getMessage().setHeader(OktaConstants.USER_ID, "00u1abcdEFGH")));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

}
