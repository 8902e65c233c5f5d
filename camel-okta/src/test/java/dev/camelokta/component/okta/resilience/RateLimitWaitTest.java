package dev.camelokta.component.okta.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.OktaConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * How long a call may wait before sending, whatever Okta's rate-limit headers and Date say: at most maxRetryWait,
 * and implausible values are unknown, not waits.
 */
class RateLimitWaitTest extends ResilienceTestSupport {

    private static final String USER_ID = "00u1abcdEFGH";
    private static final String USER_PATH = "/api/v1/users/" + USER_ID;
    private static final String RATE_LIMITED = """
            {"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.",
             "errorLink":"E0000047","errorId":"oae1","errorCauses":[]}""";
    /** Generous for a loaded machine, and far below any wait these tests guard against. */
    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @RegisterExtension
    WireMockExtension okta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Test
    void aPlausibleResetFurtherAwayThanMaxRetryWaitEndsTheNextCallAtOnceWithTheRateLimitError() {
        long reset = Instant.now().getEpochSecond() + 120;
        okta.stubFor(get(USER_PATH).willReturn(user().withHeader("Date", httpDate(Instant.now()))
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))));
        String uri = uri("getUser", okta.getPort(), ""); // maxRetryWait: 60 s by default

        assertThat(result(getUser(uri)).isSuccess()).isTrue();
        Exchange spent = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));

        assertThat(spent.getException()).isNull();
        assertThat(result(spent).isSuccess()).isFalse();
        assertThat(result(spent).getError()).isEqualTo("Okta rate-limit bucket GET_USER of http://127.0.0.1:" + okta.getPort()
                                                      + " is spent until " + Instant.ofEpochSecond(reset)
                                                      + " (limit 600 per window, using 100%), which is more than "
                                                      + "maxRetryWait (60000 ms) away; no request was sent");
        Message message = spent.getMessage();
        assertThat(message.getHeader(OktaConstants.SUCCESS)).isEqualTo(false);
        assertThat(message.getHeader(OktaConstants.HTTP_STATUS)).as("Okta was not asked").isNull();
        assertThat(message.getHeader(OktaConstants.RATE_LIMIT_RESET)).isEqualTo(reset);
        okta.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void withThrowExceptionOnFailureTheCallThrowsARateLimitedOktaApiException() {
        long reset = Instant.now().getEpochSecond() + 120;
        okta.stubFor(get(USER_PATH).willReturn(user().withHeader("X-Rate-Limit-Limit", "600")
                .withHeader("X-Rate-Limit-Remaining", "0").withHeader("X-Rate-Limit-Reset", String.valueOf(reset))));
        String uri = uri("getUser", okta.getPort(), "maxRetryWait=1000&throwExceptionOnFailure=true");

        getUser(uri);
        Exchange spent = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));

        assertThat(spent.getException()).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.isRateLimited()).isTrue();
            assertThat(e.getHttpStatus()).isZero();
            assertThat(e.getMessage()).contains("more than maxRetryWait (1000 ms) away; no request was sent");
        });
        okta.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aResetIn2100IsUnknownSoTheNextCallGoesAtOnce() {
        okta.stubFor(get(USER_PATH).willReturn(user().withHeader("Date", httpDate(Instant.now()))
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()))));
        String uri = uri("getUser", okta.getPort(), "");

        assertThat(result(getUser(uri)).isSuccess()).isTrue();
        Exchange next = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));

        assertThat(result(next).isSuccess()).isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aDateOf1970IsNotTakenForOktasClock() {
        long reset = Instant.now().getEpochSecond() + 1;
        okta.stubFor(get(USER_PATH).willReturn(user().withHeader("Date", "Thu, 01 Jan 1970 00:00:00 GMT")
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))));
        String uri = uri("getUser", okta.getPort(), "");

        assertThat(result(getUser(uri)).isSuccess()).isTrue();
        Exchange next = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));

        assertThat(result(next).isSuccess()).as("sent after the reset, read against our clock").isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aConcurrencyLimit429BacksOffBrieflyInsteadOfWaitingForItsEstimatedReset() {
        okta.stubFor(get(USER_PATH).inScenario("concurrency").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED).withHeader("Date", httpDate(Instant.now()))
                        .withHeader("X-Rate-Limit-Limit", "0").withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(Instant.now().getEpochSecond() + 60)))
                .willSetStateTo("room"));
        okta.stubFor(get(USER_PATH).inScenario("concurrency").whenScenarioStateIs("room")
                .willReturn(user().withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "599")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(Instant.now().getEpochSecond() + 60))));
        String uri = uri("getUser", okta.getPort(), "");

        long start = System.nanoTime();
        Exchange exchange = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(took).as("a short back-off, far from the 60 s reset").isLessThan(Duration.ofSeconds(15));
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
        assertThat(result(assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri))).isSuccess())
                .as("the bucket's limit is still 600, not 0").isTrue();
    }

    @Test
    void aConcurrencyLimit429PastMaxRetriesSaysWhatItIs() {
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                .withHeader("X-Rate-Limit-Limit", "0").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", String.valueOf(Instant.now().getEpochSecond() + 60))));

        Exchange exchange = assertTimeoutPreemptively(AT_ONCE,
                () -> getUser(uri("getUser", okta.getPort(), "maxRetries=1")));

        assertThat(result(exchange).getError()).isEqualTo("HTTP 429 E0000047 API call exceeded rate limit due to too many "
                                                          + "requests. - refused for Okta's concurrency limit: too many "
                                                          + "requests in flight at once");
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void a429WithAResetOfLongMaxValueIsRetriedAfterAShortBackOff() {
        okta.stubFor(get(USER_PATH).inScenario("max").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                        .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(Long.MAX_VALUE)))
                .willSetStateTo("room"));
        okta.stubFor(get(USER_PATH).inScenario("max").whenScenarioStateIs("room").willReturn(user()));

        Exchange exchange = assertTimeoutPreemptively(AT_ONCE, () -> getUser(uri("getUser", okta.getPort(), "")));

        assertThat(result(exchange).isSuccess()).isTrue();
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @ParameterizedTest(name = "limit {0}, remaining {1}, reset {2}")
    @CsvSource({
            "600, 0, 9223372036854775807",
            "600, 0, -1",
            "600, -1, 1900000000",
            "-1, 0, 1900000000",
            "99999999999, 0, 1900000000",
    })
    void headersOutOfRangeEndAsUnknownNeverAsAnException(String limit, String remaining, String reset) {
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                .withHeader("X-Rate-Limit-Limit", limit).withHeader("X-Rate-Limit-Remaining", remaining)
                .withHeader("X-Rate-Limit-Reset", reset)));

        Exchange exchange = assertTimeoutPreemptively(AT_ONCE,
                () -> getUser(uri("getUser", okta.getPort(), "maxRetries=0")));

        assertThat(exchange.getException()).isNull();
        assertThat(result(exchange).getError()).isEqualTo("HTTP 429 E0000047 API call exceeded rate limit due to too many "
                                                          + "requests.");
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(429);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys(OktaConstants.RATE_LIMIT_LIMIT,
                OktaConstants.RATE_LIMIT_REMAINING, OktaConstants.RATE_LIMIT_RESET);
    }

    @Test
    void a429WhoseResetIsImplausibleSaysSo() {
        okta.stubFor(get(USER_PATH).willReturn(aResponse().withStatus(429).withBody(RATE_LIMITED)
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                .withHeader("X-Rate-Limit-Reset", "4102444800")));

        Exchange exchange = assertTimeoutPreemptively(AT_ONCE,
                () -> getUser(uri("getUser", okta.getPort(), "maxRetries=1")));

        assertThat(result(exchange).getError()).isEqualTo("HTTP 429 E0000047 API call exceeded rate limit due to too many "
                                                          + "requests. - rate-limited by Okta; when the limit resets is "
                                                          + "unknown: its headers are implausible (limit 600, remaining 0, "
                                                          + "reset 4102444800)");
        okta.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    private Exchange getUser(String uri) {
        return send(uri, Map.of(OktaConstants.USER_ID, USER_ID));
    }

    private static ResponseDefinitionBuilder user() {
        return aResponse().withStatus(200).withBody(USER_JSON);
    }
}
