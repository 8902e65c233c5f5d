package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

    @Test
    void requestsAboveTheConcurrencyLimitGet429AtOnce() throws Exception {
        // The latency keeps the first requests in flight while the others arrive.
        try (OktaSandbox okta = OktaSandbox.builder().concurrencyLimit(2).latency(Duration.ofMillis(600))
                .rateLimit(Bucket.OTHER, 100, Duration.ofMinutes(1)).start()) {
            SandboxClient client = new SandboxClient(okta);
            List<CompletableFuture<ApiCall>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(client.getAsync("/api/v1/meta/types/user"));
            }
            List<ApiCall> answers = new ArrayList<>();
            for (CompletableFuture<ApiCall> call : calls) {
                answers.add(call.get(20, TimeUnit.SECONDS));
            }

            List<ApiCall> refused = answers.stream().filter(answer -> answer.status() == 429).toList();
            long served = answers.stream().filter(answer -> answer.status() == 200).count();
            assertThat(refused).isNotEmpty();
            assertThat(served).isGreaterThanOrEqualTo(1);
            assertThat(refused.size() + served).isEqualTo(5);
            for (ApiCall answer : refused) {
                assertThat(answer.errorCode()).isEqualTo("E0000047");
                // Okta reports a concurrency refusal with limit and remaining 0.
                assertThat(answer.header("X-Rate-Limit-Limit")).isEqualTo("0");
                assertThat(answer.header("X-Rate-Limit-Remaining")).isEqualTo("0");
                assertThat(answer.header("X-Okta-Request-Id")).isNotBlank();
            }
            assertThat(okta.counters().tooManyRequests()).isEqualTo(refused.size());
            // Refused requests did not use up the bucket: only the served ones counted.
            ApiCall next = client.get("/api/v1/meta/types/user");
            assertThat(next.header("X-Rate-Limit-Remaining")).isEqualTo(Long.toString(100 - served - 1));
        }
    }

    @Test
    void requestsWithinTheLimitAreServed() throws Exception {
        try (OktaSandbox okta = OktaSandbox.builder().concurrencyLimit(10).latency(Duration.ofMillis(100)).start()) {
            SandboxClient client = new SandboxClient(okta);
            List<CompletableFuture<ApiCall>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(client.getAsync("/api/v1/meta/types/user"));
            }

            for (CompletableFuture<ApiCall> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        }
    }
}
