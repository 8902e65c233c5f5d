package dev.camelokta.examples.provisioning.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.examples.provisioning.TestApplication;
import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example 2 when Okta's rate limit is spent: 429 with Retry-After, the seconds until Okta's window resets; and a
 * caller without the API key cannot spend it.
 */
class RestRateLimitTest {

    /** One create per day: spent once, the bucket stays spent for the whole test, far from any window's end. */
    private static final Duration WINDOW = Duration.ofDays(1);

    @RegisterExtension
    static final TestApplication app =
            TestApplication.against(OktaSandbox.builder().rateLimit(Bucket.CREATE_USER, 1, WINDOW));

    @Test
    void aSpentRateLimitIs429WithRetryAfterUntilOktasReset() throws Exception {
        // a caller without the key cannot spend the org's rate limit: the one create of the window is still there
        HttpResponse<String> withoutKey = app.rest().withKey(null).post("/users",
                "{\"first_name\":\"Eve\",\"last_name\":\"X\",\"email\":\"eve@example.com\",\"login\":\"eve@example.com\"}");
        assertThat(withoutKey.statusCode()).isEqualTo(401);

        HttpResponse<String> spending = createDirectlyInOkta("other-integration");
        assertThat(spending.statusCode()).isEqualTo(200);
        long reset = Long.parseLong(spending.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());

        HttpResponse<String> response = app.rest().post("/users",
                "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\",\"login\":\"ada@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        long untilReset = reset - Instant.now().getEpochSecond();
        assertThat(retryAfter).isPositive().isBetween(untilReset - 5, untilReset + 5);
        assertThat(new ObjectMapper().readTree(response.body()).get("error").asText()).contains("HTTP 429", "E0000047");
        assertThat(app.okta().findByLogin("ada@example.com")).isEmpty();
    }

    /** Another integration of the same org spends the bucket, unknown to this application. */
    private static HttpResponse<String> createDirectlyInOkta(String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.okta().baseUrl() + "/api/v1/users"))
                .header("Authorization", "SSWS " + app.okta().apiToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"firstName\":\"" + name + "\",\"lastName\":\"X\","
                                                          + "\"email\":\"" + name + "@example.com\",\"login\":\"" + name
                                                          + "@example.com\"}}"))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
