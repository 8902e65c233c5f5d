package dev.camelokta.component.okta.resilience;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.model.OktaResult;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * An idempotent create adopts only its own user: when the retry of an attempt whose answer was lost meets "login
 * already exists", the user with that login is returned only when it was created after the call started (on Okta's
 * clock, from the Date of its answers) with the values that were sent; otherwise the duplicate is the failure it is.
 */
class IdempotentCreateTest extends ResilienceTestSupport {

    private static final String USERS = "/api/v1/users";
    private static final String ADA_BY_LOGIN = "/api/v1/users/ada%40example.com";
    private static final String DUPLICATE_LOGIN = """
            {"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oae2",
             "errorCauses":[{"errorSummary":"login: An object with this field already exists in the current organization"}]}""";
    private static final String DUPLICATE_LINE = "HTTP 400 E0000001 Api validation failed: login "
                                                 + "(login: An object with this field already exists in the current organization)";
    /** Well past the first attempt's responseTimeout, so that its answer is lost. */
    private static final int LOST_ANSWER_DELAY_MILLIS = 1_500;
    private static final String RESPONSE_TIMEOUT = "responseTimeout=500";

    @RegisterExtension
    static WireMockExtension okta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Test
    void aUserCreatedLongBeforeTheCallIsNotAdopted() {
        Instant oktaNow = Instant.now();
        givenALostAnswerThenADuplicate(oktaNow);
        givenTheUserWithTheLogin(ada("2020-01-01T00:00:00.000Z", "Ada", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        OktaResult result = result(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).startsWith(DUPLICATE_LINE + " - a user with login ada@example.com already exists, "
                                                 + "created 2020-01-01T00:00:00Z, before this call started (")
                .endsWith(" on Okta's clock): not adopted");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ERROR_CODE)).isEqualTo("E0000001");
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(400);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isNull();
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isNull();
        okta.verify(2, postRequestedFor(urlPathEqualTo(USERS)));
        okta.verify(1, getRequestedFor(urlEqualTo(ADA_BY_LOGIN)));
    }

    @Test
    void aRefusedAdoptionThrowsOktasDuplicateLoginWhenAsked() {
        Instant oktaNow = Instant.now();
        givenALostAnswerThenADuplicate(oktaNow);
        givenTheUserWithTheLogin(ada("2020-01-01T00:00:00.000Z", "Ada", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT + "&throwExceptionOnFailure=true"),
                newUserHeaders());

        assertThat(exchange.getException()).isInstanceOfSatisfying(OktaApiException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getErrorCode()).isEqualTo("E0000001");
            assertThat(e.getErrorCauses())
                    .containsExactly("login: An object with this field already exists in the current organization");
            assertThat(e.getMessage()).startsWith(DUPLICATE_LINE).contains("before this call started");
        });
    }

    @Test
    void aUserCreatedDuringTheCallWithAnotherFirstNameIsNotAdopted() {
        Instant oktaNow = Instant.now();
        givenALostAnswerThenADuplicate(oktaNow);
        String created = oktaNow.plusMillis(100).toString();
        givenTheUserWithTheLogin(ada(created, "Grace", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).getError()).isEqualTo(DUPLICATE_LINE + " - a user with login ada@example.com already "
                                                          + "exists, created " + created + " but with another firstName "
                                                          + "than this call sent: not adopted");
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isNull();
    }

    @Test
    void aUserCreatedDuringTheCallWithAnotherTypeIsNotAdopted() {
        Instant oktaNow = Instant.now();
        givenALostAnswerThenADuplicate(oktaNow);
        givenTheUserWithTheLogin(ada(oktaNow.plusMillis(100).toString(), "Ada", "ada@example.com"), oktaNow);
        Map<String, Object> headers = new HashMap<>(newUserHeaders());
        headers.put(OktaConstants.TYPE_ID, "otyContractor");

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), headers);

        assertThat(result(exchange).getError()).endsWith(" but with another type id than this call sent: not adopted");
    }

    @Test
    void aUserCreatedDuringTheCallWithTheSameValuesIsAdopted() {
        Instant oktaNow = Instant.now();
        givenALostAnswerThenADuplicate(oktaNow);
        // Okta treats logins and emails without regard to case
        givenTheUserWithTheLogin(ada(oktaNow.plusMillis(100).toString(), "Ada", "ADA@Example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).getError()).isNull();
        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(OktaConstants.USER_ID)).isEqualTo("00u1abcdEFGH");
        okta.verify(2, postRequestedFor(urlPathEqualTo(USERS)));
    }

    /** Okta's clock far from ours: only the start placed on Okta's clock may count. */
    @ParameterizedTest(name = "Okta's clock {0} s from ours")
    @ValueSource(longs = { -3600, 3600 })
    void theCallsStartIsPlacedOnOktasClock(long oktaAheadSeconds) {
        Instant oktaNow = Instant.now().plusSeconds(oktaAheadSeconds);
        givenALostAnswerThenADuplicate(oktaNow);
        givenTheUserWithTheLogin(ada(oktaNow.plusMillis(100).toString(), "Ada", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).isSuccess()).as(result(exchange).getError()).isTrue();
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isEqualTo(true);
    }

    @Test
    void aUserCreatedNowOnOurClockIsOktasPastWhenOktasClockIsAhead() {
        Instant oktaNow = Instant.now().plusSeconds(3600);
        givenALostAnswerThenADuplicate(oktaNow);
        givenTheUserWithTheLogin(ada(Instant.now().toString(), "Ada", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).getError()).contains("before this call started");
    }

    @Test
    void aUserWithoutAReadableCreatedTimeIsNotAdopted() {
        Instant oktaNow = Instant.now();
        givenALostAnswerThenADuplicate(oktaNow);
        givenTheUserWithTheLogin(ada("yesterday", "Ada", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).getError()).endsWith(" - a user with login ada@example.com already exists without a "
                                                         + "readable created time (yesterday): not adopted");
    }

    @Test
    void withoutADateHeaderNothingIsAdopted() {
        givenALostAnswerThenADuplicate(null);
        givenTheUserWithTheLogin(ada(Instant.now().plusMillis(100).toString(), "Ada", "ada@example.com"), null);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).getError()).isEqualTo(DUPLICATE_LINE + " - a user with login ada@example.com already "
                                                          + "exists, and Okta sent no Date header to tell whether this "
                                                          + "call created it: not adopted");
    }

    @Test
    void withoutALostAnswerTheDuplicateIsAFailureAndNoUserIsRead() {
        Instant oktaNow = Instant.now();
        okta.stubFor(post(urlPathEqualTo(USERS)).willReturn(duplicate(oktaNow)));
        givenTheUserWithTheLogin(ada(oktaNow.toString(), "Ada", "ada@example.com"), oktaNow);

        Exchange exchange = send(uri("createUser", okta.getPort(), RESPONSE_TIMEOUT), newUserHeaders());

        assertThat(result(exchange).getError()).isEqualTo(DUPLICATE_LINE);
        assertThat(exchange.getMessage().getHeader(OktaConstants.ALREADY_EXISTED)).isNull();
        okta.verify(1, postRequestedFor(urlPathEqualTo(USERS)));
        okta.verify(0, getRequestedFor(urlEqualTo(ADA_BY_LOGIN)));
    }

    /** The first create's answer is lost (it comes after the responseTimeout); the retry meets the login it created. */
    private static void givenALostAnswerThenADuplicate(Instant oktaNow) {
        okta.stubFor(post(urlPathEqualTo(USERS)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(USER_JSON).withFixedDelay(LOST_ANSWER_DELAY_MILLIS))
                .willSetStateTo("created"));
        okta.stubFor(post(urlPathEqualTo(USERS)).inScenario("create").whenScenarioStateIs("created")
                .willReturn(duplicate(oktaNow)));
    }

    private static void givenTheUserWithTheLogin(String userJson, Instant oktaNow) {
        okta.stubFor(get(urlEqualTo(ADA_BY_LOGIN)).willReturn(dated(aResponse().withStatus(200).withBody(userJson), oktaNow)));
    }

    private static ResponseDefinitionBuilder duplicate(Instant oktaNow) {
        return dated(aResponse().withStatus(400).withBody(DUPLICATE_LOGIN), oktaNow);
    }

    /** With Okta's Date header (whole seconds), none when oktaNow is null. */
    private static ResponseDefinitionBuilder dated(ResponseDefinitionBuilder answer, Instant oktaNow) {
        return oktaNow == null ? answer : answer.withHeader("Date", httpDate(oktaNow));
    }

    private static String ada(String created, String firstName, String login) {
        return """
                {"id":"00u1abcdEFGH","status":"ACTIVE","created":"%s",
                 "profile":{"firstName":"%s","lastName":"Lovelace","email":"ada@example.com","login":"%s"},
                 "type":{"id":"oty1"}}""".formatted(created, firstName, login);
    }
}
