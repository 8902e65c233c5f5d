package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestDecodingTest {

    @Test
    void pathSegmentsAreSplitBeforeTheyAreDecoded() {
        assertThat(PathSegments.decode("/api/v1/users/a%2Fb%40example.com"))
                .containsExactly("api", "v1", "users", "a/b@example.com");
    }

    @Test
    void aPlusInAPathStaysAPlus() {
        assertThat(PathSegments.decode("/api/v1/users/a+b@example.com")).endsWith("a+b@example.com");
    }

    @Test
    void percentEscapesAreDecodedAsUtf8() {
        assertThat(PathSegments.decode("/api/v1/users/j%C3%B6rg%40example.com")).endsWith("jörg@example.com");
    }

    @Test
    void malformedEscapesAreRefused() {
        assertThatThrownBy(() -> PathSegments.decode("/api/v1/users/%G1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathSegments.decode("/api/v1/users/%4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryValuesAreFormDecodedAndTheFirstValueWins() {
        var query = QueryParameters.parse("search=profile.email+eq+%22a%2Bb%40example.com%22&limit=5&limit=9&flag");

        assertThat(query.get("search")).isEqualTo("profile.email eq \"a+b@example.com\"");
        assertThat(query.get("limit")).isEqualTo("5");
        assertThat(query.get("flag")).isEmpty();
    }

    @Test
    void aMalformedQueryIsRefusedWithE0000002() {
        assertThatThrownBy(() -> QueryParameters.parse("search=%zz")).isInstanceOfSatisfying(OktaApiException.class,
                refused -> assertThat(refused.error().errorCode()).isEqualTo("E0000002"));
    }
}
