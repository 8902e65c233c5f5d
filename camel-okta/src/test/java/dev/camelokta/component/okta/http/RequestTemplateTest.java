package dev.camelokta.component.okta.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request template puts each parameter's value into exactly one path segment or query value, leaves out a query
 * parameter without a value, and refuses a path placeholder without one.
 */
class RequestTemplateTest {

    private static final RequestTemplate LIFECYCLE = RequestTemplate.of("POST", "/api/v1/users/{user_id}/lifecycle/activate",
            OktaRateLimitBucket.OTHER).query("sendEmail", "{send_email}").query("limit", "200");

    @Test
    void eachValueIsOneSegmentAndOneQueryValue() {
        OktaRequest request = LIFECYCLE.build(Map.<String, Object> of("user_id", "a/b?c", "send_email", false)::get, null);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.pathSegments()).containsExactly("api", "v1", "users", "a/b?c", "lifecycle", "activate");
        assertThat(request.query()).containsExactly(Map.entry("sendEmail", "false"), Map.entry("limit", "200"));
        assertThat(request.bucket()).isEqualTo(OktaRateLimitBucket.OTHER);
        assertThat(OktaHttpTransport.uri(request, java.net.URI.create("https://acme.okta.com")).toString())
                .isEqualTo("https://acme.okta.com/api/v1/users/a%2Fb%3Fc/lifecycle/activate?sendEmail=false&limit=200");
    }

    @Test
    void aQueryParameterWithoutValueIsLeftOut() {
        OktaRequest request = LIFECYCLE.build(new HashMap<String, Object>(Map.of("user_id", "00u1"))::get, "{}");

        assertThat(request.query()).containsOnlyKeys("limit");
        assertThat(request.jsonBody()).isEqualTo("{}");
    }

    @Test
    void aPathPlaceholderWithoutValueIsRefused() {
        assertThatThrownBy(() -> LIFECYCLE.build(name -> null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user_id");
    }

    @Test
    void itKnowsItsPlaceholdersAndDescribesItself() {
        assertThat(LIFECYCLE.placeholders()).isEqualTo(List.of("user_id", "send_email"));
        assertThat(LIFECYCLE.describe())
                .isEqualTo("POST /api/v1/users/{user_id}/lifecycle/activate?sendEmail={send_email}&limit=200");
    }
}
