package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GetUserTest {

    @RegisterExtension
    static final OktaSandboxExtension okta = new OktaSandboxExtension();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void findsAUserById() {
        ApiCall created = client.post("/api/v1/users", Profiles.body(Profiles.of("isaac@example.com")));
        String id = created.json().path("id").asText();

        ApiCall found = client.get("/api/v1/users/" + id);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).isEqualTo(created.json());
        assertThat(found.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void findsAUserByLoginIgnoringCase() {
        JsonNode created = client.createUser(Profiles.of("isaac.brock@example.com"));

        ApiCall found = client.get("/api/v1/users/ISAAC.Brock@example.com");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("id").asText()).isEqualTo(created.path("id").asText());
    }

    @Test
    void decodesThePercentEncodedLoginOnce() {
        JsonNode created = client.createUser(Profiles.of("a+b%c@example.com"));

        ApiCall found = client.get("/api/v1/users/" + URLEncoder.encode("a+b%c@example.com", StandardCharsets.UTF_8));
        ApiCall decodedTwice = client.get("/api/v1/users/" + URLEncoder.encode(
                URLEncoder.encode("a+b%c@example.com", StandardCharsets.UTF_8), StandardCharsets.UTF_8));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(decodedTwice.status()).isEqualTo(404);
    }

    @Test
    void answers404WithOktasNotFoundError() {
        ApiCall missing = client.get("/api/v1/users/nobody@example.com");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("E0000007");
        assertThat(missing.json().path("errorSummary").asText())
                .isEqualTo("Not found: Resource not found: nobody@example.com (User)");
        assertThat(missing.errorCauses()).isEmpty();
    }

    @Test
    void countsInTheGetUserBucket() {
        client.get("/api/v1/users/nobody@example.com");
        client.get("/api/v1/users/somebody@example.com");

        assertThat(okta.sandbox().counters().requests(Bucket.GET_USER)).isEqualTo(2);
        assertThat(okta.sandbox().counters().requests(Bucket.LIST_USERS)).isZero();
    }
}
