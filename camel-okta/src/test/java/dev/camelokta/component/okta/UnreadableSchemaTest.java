package dev.camelokta.component.okta;

import java.util.List;
import java.util.Map;

import dev.camelokta.component.okta.support.LogCapture;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user schema the token may not read (403) does not stop a create: the check is skipped with one WARN that names
 * the fix, and Okta, which refuses undefined attributes itself, decides; the schema is not asked again within the TTL.
 */
class UnreadableSchemaTest extends OktaTestSupport {

    @Test
    void aForbiddenSchemaSkipsTheCheckWithOneWarn() {
        givenOkta(get(urlEqualTo("/api/v1/meta/schemas/user/default")), oktaJson(403, "error-403-access-denied.json"));
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        Map<String, Object> body = Map.of("profile", Map.of("department", "R&D"));

        try (LogCapture capture = LogCapture.open().at(Level.WARN, "dev.camelokta")) {
            assertThat(userResult(call(oktaUri("createUser"), body, CREATE_ISAAC)).isSuccess()).isTrue();
            assertThat(userResult(call(oktaUri("createUser"), body, CREATE_ISAAC)).isSuccess()).isTrue();

            List<String> warnings = capture.lines().stream().filter(line -> line.contains("Cannot read the user schema"))
                    .toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("the default user type").contains("403")
                    .contains("right to read schemas").doesNotContain(TOKEN);
        }
        OKTA.verify(1, getRequestedFor(urlEqualTo("/api/v1/meta/schemas/user/default")));
        OKTA.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/users")));
    }
}
