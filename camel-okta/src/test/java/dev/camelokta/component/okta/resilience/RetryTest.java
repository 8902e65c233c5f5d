package dev.camelokta.component.okta.resilience;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.model.OktaResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are retried, how long each retry waits, and how a create that may have happened is resolved.
 */
class RetryTest extends ResilienceTestSupport {

    private static final String USER_PATH = "/api/v1/users/00u1abcdEFGH";
    private static final String RATE_LIMITED = """
            {"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.",
             "errorLink":"E0000047","errorId":"oae1","errorCauses":[]}""";
    private static final String DUPLICATE_LOGIN = """
            {"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oae2",
             "errorCauses":[{"errorSummary":"login: An object with this field already exists in the current organization"}]}""";

    @RegisterExtension
    static WireMockExtension okta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Test
    void a429WaitsUntilTheResetReadAgainstOktasClockThenRetries() {
        // Okta's clock is 100 s ahead of ours: only the reset relative to its Date header may count
        Instant oktaNow = Instant.now().plusSeconds(100);
        long reset = oktaNow.getEpochSecond() + 2;
        okta.stubFor(get(USER_PATH).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                        .withHeader("Date", httpDate(oktaNow))
                        .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(reset)))
                .willSetStateTo("reset"));
        okta.stubFor(get(USER_PATH).inScenario("429").whenScenarioStateIs("reset")
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON)));

        long start = System.nanoTime();
        Exchange exchange = send(uri("getUser", okta.getPort(), ""), Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result(exchange).isSuccess()).isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
        // the Date header is cut to whole seconds: the wait is 1 to 2 s plus the margin, never 100 s
        assertThat(waitedMillis).isBetween(900L, 3_500L);
    }

    @Test
    void rateLimitedPastMaxRetriesEndsWithAnErrorThatSaysWhenTheLimitResets() {
        long reset = Instant.now().getEpochSecond();
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                .withHeader("Date", httpDate(Instant.now()))
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))));

        Exchange exchange = send(uri("getUser", okta.getPort(), "maxRetries=2"), Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));

        OktaResult result = result(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith("HTTP 429 E0000047")
                .contains("rate-limited by Okta; the limit resets at " + Instant.ofEpochSecond(reset));
        assertThat(exchange.getMessage().getHeader(OktaConstants.RATE_LIMIT_RESET)).isEqualTo(reset);
        okta.verify(3, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aResetFurtherAwayThanMaxRetryWaitIsNotWaitedFor() {
        long reset = Instant.now().getEpochSecond() + 120;
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))));

        Exchange exchange = send(uri("getUser", okta.getPort(), "maxRetryWait=1000&throwExceptionOnFailure=true"),
                Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));

        assertThat(exchange.getException()).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.isRateLimited()).isTrue();
            assertThat(e.getErrorCode()).isEqualTo("E0000047");
            assertThat(e.getMessage()).contains("resets at " + Instant.ofEpochSecond(reset));
        });
        okta.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void a503IsRetriedWithBackOff() {
        okta.stubFor(get(USER_PATH).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")).willSetStateTo("up"));
        okta.stubFor(get(USER_PATH).inScenario("503").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON)));

        Exchange exchange = send(uri("getUser", okta.getPort(), ""), Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));

        assertThat(result(exchange).isSuccess()).isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aConnectionResetIsRetriedForGetUser() {
        stubResetThenSuccess(() -> get(USER_PATH));

        Exchange exchange = send(uri("getUser", okta.getPort(), ""), Map.of(OktaConstants.USER_ID, "00u1abcdEFGH"));

        assertThat(result(exchange).isSuccess()).isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aConnectionResetIsRetriedForUpdateUser() {
        stubResetThenSuccess(() -> post(USER_PATH));

        Exchange exchange = send(uri("updateUser", okta.getPort(), ""),
                Map.of(OktaConstants.USER_ID, "00u1abcdEFGH", OktaConstants.FIRST_NAME, "Augusta"));

        assertThat(result(exchange).isSuccess()).isTrue();
        okta.verify(2, postRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aCreateThatTimedOutAndThenMeetsItsOwnLoginReturnsTheUserCreatedOnce() {
        // the user the first attempt created: created during this call, as Okta's Date shows (see IdempotentCreateTest)
        Instant oktaNow = Instant.now();
        String createdNow = USER_JSON.replace("2026-01-01T00:00:00.000Z", oktaNow.plusMillis(100).toString());
        okta.stubFor(post(urlPathEqualTo("/api/v1/users")).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON).withFixedDelay(1_500))
                .willSetStateTo("created"));
        okta.stubFor(post(urlPathEqualTo("/api/v1/users")).inScenario("create").whenScenarioStateIs("created")
                .willReturn(aResponse().withStatus(400).withBody(DUPLICATE_LOGIN).withHeader("Date", httpDate(oktaNow))));
        okta.stubFor(get("/api/v1/users/ada%40example.com").willReturn(aResponse().withStatus(200).withBody(createdNow)
                .withHeader("Date", httpDate(oktaNow))));

        Exchange exchange = send(uri("createUser", okta.getPort(), "responseTimeout=500"), newUserHeaders());

        assertThat(result(exchange).getError()).isNull();
        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo("00u1abcdEFGH");
        okta.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/users")));
    }

    @Test
    void aDuplicateLoginWithoutAnEarlierLostAttemptIsAnError() {
        okta.stubFor(post(urlPathEqualTo("/api/v1/users")).willReturn(aResponse().withStatus(400).withBody(DUPLICATE_LOGIN)));

        Exchange exchange = send(uri("createUser", okta.getPort(), ""), newUserHeaders());

        assertThat(result(exchange).getError()).isEqualTo("HTTP 400 E0000001 Api validation failed: login "
                                                          + "(login: An object with this field already exists in the current organization)");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isNull();
        okta.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users")));
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        long start = System.nanoTime();
        Exchange exchange = send(uri("createUser", closedPort, "maxRetries=2"), newUserHeaders());

        assertThat(result(exchange).getError()).contains("cannot connect to http://127.0.0.1:" + closedPort);
        assertThat((System.nanoTime() - start) / 1_000_000).as("two short back-offs").isLessThan(5_000L);
    }

    private void stubResetThenSuccess(Supplier<MappingBuilder> request) {
        okta.stubFor(request.get().inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        okta.stubFor(request.get().inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON)));
    }
}
