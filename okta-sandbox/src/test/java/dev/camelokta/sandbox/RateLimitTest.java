package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void everyAnswerOfABucketCarriesItsRateLimitHeadersErrorsIncluded() {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimit(Bucket.GET_USER, 50, MINUTE).start()) {
            SandboxClient client = new SandboxClient(okta);
            List<ApiCall> answers = List.of(
                    client.get("/api/v1/users/nobody@example.com"),
                    client.withAuthorization("SSWS wrong").get("/api/v1/users/nobody@example.com"),
                    client.get("/api/v1/users/somebody@example.com"));

            for (int i = 0; i < answers.size(); i++) {
                ApiCall answer = answers.get(i);
                assertThat(answer.header("X-Rate-Limit-Limit")).isEqualTo("50");
                assertThat(answer.header("X-Rate-Limit-Remaining")).isEqualTo(Integer.toString(49 - i));
                long reset = Long.parseLong(answer.header("X-Rate-Limit-Reset"));
                assertThat(reset % 60).as("windows are aligned on the epoch").isZero();
                assertThat(reset).isGreaterThan(Instant.now().getEpochSecond() - 1);
            }
        }
    }

    @Test
    void theDefaultsAreOktas600PerMinute() {
        try (OktaSandbox okta = OktaSandbox.start()) {
            ApiCall answer = new SandboxClient(okta).get("/api/v1/meta/types/user");

            assertThat(answer.header("X-Rate-Limit-Limit")).isEqualTo("600");
            assertThat(answer.header("X-Rate-Limit-Remaining")).isEqualTo("599");
        }
    }

    @Test
    void aSpentBucketAnswers429AndCreatesNothing() {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimit(Bucket.CREATE_USER, 2, MINUTE).start()) {
            SandboxClient client = new SandboxClient(okta);
            client.createUser(Profiles.of("one@example.com"));
            client.createUser(Profiles.of("two@example.com"));

            ApiCall refused = client.post("/api/v1/users", Profiles.body(Profiles.of("three@example.com")));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.errorCode()).isEqualTo("E0000047");
            assertThat(refused.json().path("errorSummary").asText())
                    .isEqualTo("API call exceeded rate limit due to too many requests.");
            assertThat(refused.header("X-Rate-Limit-Limit")).isEqualTo("2");
            assertThat(refused.header("X-Rate-Limit-Remaining")).isEqualTo("0");
            assertThat(refused.header("X-Rate-Limit-Reset")).isNotBlank();
            assertThat(okta.findByLogin("three@example.com")).isEmpty();
            assertThat(okta.counters().usersCreated()).isEqualTo(2);
            assertThat(okta.counters().tooManyRequests()).isEqualTo(1);
            assertThat(okta.counters().requests(Bucket.CREATE_USER)).isEqualTo(3);
        }
    }

    @Test
    void bucketsAreCountedSeparately() {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimit(Bucket.CREATE_USER, 1, MINUTE).start()) {
            SandboxClient client = new SandboxClient(okta);
            String id = client.createUser(Profiles.of("one@example.com")).path("id").asText();

            assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("two@example.com"))).status())
                    .isEqualTo(429);
            assertThat(client.get("/api/v1/users/" + id).status()).isEqualTo(200);
            assertThat(client.post("/api/v1/users/" + id, "{\"profile\":{\"title\":\"x\"}}").status())
                    .isEqualTo(200);
            assertThat(client.get("/api/v1/users").status()).isEqualTo(200);
        }
    }

    @Test
    void aSpentBucketRecoversWhenTheWindowEnds() throws InterruptedException {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimit(Bucket.OTHER, 2, Duration.ofSeconds(1)).start()) {
            SandboxClient client = new SandboxClient(okta);
            ApiCall refused = null;
            // Windows of one second: the first requests may straddle a window's end, so spend until refused.
            for (int attempt = 0; attempt < 20 && refused == null; attempt++) {
                ApiCall answer = client.get("/api/v1/meta/types/user");
                if (answer.status() == 429) {
                    refused = answer;
                }
            }
            assertThat(refused).as("a 429 within 20 requests").isNotNull();

            long resetMillis = Long.parseLong(refused.header("X-Rate-Limit-Reset")) * 1000;
            Thread.sleep(Math.max(0, resetMillis - System.currentTimeMillis() + 50));

            ApiCall recovered = client.get("/api/v1/meta/types/user");
            assertThat(recovered.status()).isEqualTo(200);
            assertThat(recovered.header("X-Rate-Limit-Remaining")).isEqualTo("1");
        }
    }

    @Test
    void resetGivesTheBucketsTheirFullLimitAgain() {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimit(Bucket.OTHER, 1, MINUTE).start()) {
            SandboxClient client = new SandboxClient(okta);
            client.get("/api/v1/meta/types/user");
            assertThat(client.get("/api/v1/meta/types/user").status()).isEqualTo(429);

            okta.reset();

            assertThat(client.get("/api/v1/meta/types/user").status()).isEqualTo(200);
        }
    }

    @Test
    void rateLimitingCanBeTurnedOff() {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimits(1, MINUTE).rateLimitsEnabled(false).start()) {
            SandboxClient client = new SandboxClient(okta);
            for (int i = 0; i < 5; i++) {
                ApiCall answer = client.get("/api/v1/meta/types/user");

                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.header("X-Rate-Limit-Limit")).isNull();
            }
            assertThat(okta.counters().tooManyRequests()).isZero();
        }
    }

    @Test
    void theGroupBucketsAnswer429WhenSpentAndCountApart() {
        try (OktaSandbox okta = OktaSandbox.builder().group("Engineering").rateLimit(Bucket.GROUPS, 2, MINUTE)
                .rateLimit(Bucket.GROUP, 1, MINUTE).start()) {
            SandboxClient client = new SandboxClient(okta);
            String group = okta.group("Engineering").id();
            client.get("/api/v1/groups");
            client.get("/api/v1/groups/" + group + "/users");

            ApiCall listRefused = client.post("/api/v1/groups", "{\"profile\":{\"name\":\"Sales\"}}");
            ApiCall get = client.get("/api/v1/groups/" + group);
            ApiCall getRefused = client.get("/api/v1/groups/" + group);

            assertThat(listRefused.status()).isEqualTo(429);
            assertThat(listRefused.errorCode()).isEqualTo("E0000047");
            assertThat(listRefused.header("X-Rate-Limit-Limit")).isEqualTo("2");
            assertThat(listRefused.header("X-Rate-Limit-Remaining")).isEqualTo("0");
            assertThat(okta.groups()).as("a refused request changes nothing").hasSize(1);
            assertThat(get.status()).isEqualTo(200);
            assertThat(getRefused.status()).isEqualTo(429);
            assertThat(getRefused.header("X-Rate-Limit-Limit")).isEqualTo("1");
        }
    }

    @Test
    void deleteCountsAsAnUpdateAndLifecycleOperationsAsOtherActions() {
        try (OktaSandbox okta = OktaSandbox.builder().rateLimit(Bucket.UPDATE_USER, 1, MINUTE)
                .rateLimit(Bucket.OTHER, 1, MINUTE).start()) {
            SandboxClient client = new SandboxClient(okta);
            String id = client.createUser(Profiles.of("one@example.com")).path("id").asText();

            ApiCall suspended = client.send("POST", "/api/v1/users/" + id + "/lifecycle/suspend", null);
            ApiCall unsuspendRefused = client.send("POST", "/api/v1/users/" + id + "/lifecycle/unsuspend", null);
            ApiCall deleted = client.send("DELETE", "/api/v1/users/" + id, null);
            ApiCall deleteRefused = client.send("DELETE", "/api/v1/users/" + id, null);

            assertThat(suspended.status()).isEqualTo(200);
            assertThat(unsuspendRefused.status()).isEqualTo(429);
            assertThat(okta.findUser(id).orElseThrow().status()).isEqualTo(UserStatus.DEPROVISIONED);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleteRefused.status()).isEqualTo(429);
            assertThat(okta.findUser(id)).as("the refused second delete deleted nothing").isPresent();
        }
    }
}
