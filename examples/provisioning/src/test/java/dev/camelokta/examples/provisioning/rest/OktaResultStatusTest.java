package dev.camelokta.examples.provisioning.rest;

import java.net.ConnectException;
import java.util.List;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.RateLimitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OktaResultStatusTest {

    @Test
    void aCreatedUserIs201AndEveryOtherSuccess200() {
        assertThat(OktaResultStatus.ofSuccess(OktaOperation.createUser)).isEqualTo(201);
        assertThat(OktaResultStatus.ofSuccess(OktaOperation.getUser)).isEqualTo(200);
        assertThat(OktaResultStatus.ofSuccess(OktaOperation.updateUser)).isEqualTo(200);
        assertThat(OktaResultStatus.ofSuccess(OktaOperation.listTypeIdOptions)).isEqualTo(200);
    }

    @Test
    void inputTheComponentRefusedIs400() {
        assertThat(OktaResultStatus.ofFailure(new OktaInputException("Missing required parameters login"))).isEqualTo(400);
    }

    @Test
    void aBucketTheComponentWouldWaitTooLongForIs429WithRetryAfter() {
        long now = 1_800_000_000L;
        OktaApiException spent = new OktaApiException("Okta rate-limit bucket GET_USER ... is spent until ...; no request "
                                                      + "was sent", 0, null, null, List.of(), null,
                new RateLimitStatus(600, 0, now + 120), null) {
            @Override
            public boolean isRateLimited() {
                return true; // as RateLimitWaitTooLongException says
            }
        };

        assertThat(OktaResultStatus.ofFailure(spent)).isEqualTo(429);
        assertThat(OktaResultStatus.retryAfterSeconds(spent, now)).hasValue(120);
    }

    @ParameterizedTest(name = "Okta {0} {1} -> {2}")
    @CsvSource({
            "400, E0000001, 400",
            "404, E0000007, 404",
            "429, E0000047, 429",
            "401, E0000011, 502",
            "403, E0000006, 502",
            "500, E0000009, 502",
            "503, E0000009, 502",
            "504, , 502" })
    void oktasAnswerGivesTheStatus(int oktaStatus, String errorCode, int expected) {
        assertThat(OktaResultStatus.ofFailure(oktaFailure(oktaStatus, errorCode, List.of(), null))).isEqualTo(expected);
    }

    @Test
    void aLoginAlreadyTakenIs409() {
        OktaApiException taken = oktaFailure(400, "E0000001",
                List.of("login: An object with this field already exists in the current organization"), null);
        OktaApiException badEmail = oktaFailure(400, "E0000001", List.of("email: Does not match required pattern"), null);

        assertThat(OktaResultStatus.ofFailure(taken)).isEqualTo(409);
        assertThat(OktaResultStatus.ofFailure(badEmail)).isEqualTo(400);
    }

    @Test
    void noAnswerFromOktaIs502AndAnythingElse500() {
        OktaApiException unreachable = OktaApiException.withoutResponse("cannot connect", new ConnectException("refused"));

        assertThat(OktaResultStatus.ofFailure(unreachable)).isEqualTo(502);
        assertThat(OktaResultStatus.ofFailure(new IllegalStateException("a bug"))).isEqualTo(500);
    }

    @Test
    void retryAfterIsTheTimeUntilOktasResetAndAtLeastOneSecond() {
        long now = 1_800_000_000L;
        RateLimitStatus spent = new RateLimitStatus(600, 0, now + 42);
        RateLimitStatus resetting = new RateLimitStatus(600, 0, now);

        assertThat(OktaResultStatus.retryAfterSeconds(oktaFailure(429, "E0000047", List.of(), spent), now)).hasValue(42);
        assertThat(OktaResultStatus.retryAfterSeconds(oktaFailure(429, "E0000047", List.of(), resetting), now)).hasValue(1);
        assertThat(OktaResultStatus.retryAfterSeconds(oktaFailure(429, "E0000047", List.of(), null), now)).isEmpty();
        assertThat(OktaResultStatus.retryAfterSeconds(oktaFailure(404, "E0000007", List.of(), spent), now)).isEmpty();
        assertThat(OktaResultStatus.retryAfterSeconds(null, now)).isEmpty();
    }

    private static OktaApiException oktaFailure(int status, String errorCode, List<String> causes, RateLimitStatus rateLimit) {
        return new OktaApiException("HTTP " + status, status, errorCode, "summary", causes, "request-id", rateLimit, null);
    }
}
