package dev.camelokta.component.okta;

import java.util.Map;
import java.util.Properties;

import dev.camelokta.component.okta.support.ContractSchemas;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelokta.component.okta.support.OktaAssertions.assertOnlyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * okta:createUser in a route of the YAML DSL, configured with property placeholders.
 */
class YamlDslRouteTest extends OktaTestSupport {

    private static final String ROUTE = """
            - route:
                id: yaml-create-user
                from:
                  uri: direct:yaml-create-user
                  steps:
                    - to:
                        uri: okta:createUser
                        parameters:
                          baseUrl: "{{okta.base-url}}"
                          apiToken: "{{okta.token}}"
                          typeId: otyfnjfba4ye7pgjB0g4
                          maxRetries: 0
                    - marshal:
                        json: {}
                    - convertBodyTo:
                        type: String
            """;

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return properties("okta.base-url", baseUrl(), "okta.token", TOKEN);
    }

    @Test
    void aYamlRouteCreatesAUser() throws Exception {
        givenOkta(post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"));
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("okta-create-user.yaml", ROUTE));

        String json = template.requestBodyAndHeaders("direct:yaml-create-user",
                Map.of("first_name", "Isaac", "last_name", "Brock", "email", "isaac.brock@example.com",
                        "login", "isaac.brock@example.com", "mobile_phone", "555-415-1337"),
                Map.of(), String.class);

        ContractSchemas.assertValid("create-user", json);
        assertThat(json).startsWith("{\"success\":true,\"error\":null,\"user\":{\"id\":\"00ub0oNGTSWTBKOLGLNR\"");
        assertOnlyRequest(postRequestedFor(urlEqualTo("/api/v1/users?activate=true"))
                .withHeader("Authorization", equalTo("SSWS " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"profile": {"firstName": "Isaac", "lastName": "Brock", "email": "isaac.brock@example.com",
                                     "login": "isaac.brock@example.com", "mobilePhone": "555-415-1337"},
                         "type": {"id": "otyfnjfba4ye7pgjB0g4"}}""")));
    }
}
