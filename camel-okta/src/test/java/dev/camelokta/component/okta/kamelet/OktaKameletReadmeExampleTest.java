package dev.camelokta.component.okta.kamelet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's mover and leaver YAML flows, as written there, with only the org and the token pointed at a WireMock
 * Okta on loopback: the example a user copies must run.
 */
class OktaKameletReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String EXAMPLE = "A mover (from Sales to Engineering) and a leaver";
    private static final String ORG_IN_README = """
                          subdomain: acme
                          apiToken: "env:OKTA_API_TOKEN"
            """;
    private static final String API_TOKEN = "00kamelet-readme-token";
    private static final String SALES = "00g1sales23456789012";
    private static final String ENGINEERING = "00g1engineering34567";
    private static final String ADA = "/api/v1/users/ada%40example.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WireMockExtension OKTA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private CamelContext context;

    @BeforeEach
    void startTheReadmeRoutes() throws Exception {
        String routes = readmeExample();
        assertThat(routes).as("the README example names the org as this test expects").contains(ORG_IN_README);
        routes = routes.replace(ORG_IN_README, """
                              baseUrl: "{{okta.base-url}}"
                              apiToken: "property:okta.api-token"
                """);
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.putAll(Map.of("okta.base-url", "http://127.0.0.1:" + OKTA.getPort(), "okta.api-token", API_TOKEN));
        context.getPropertiesComponent().setInitialProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("readme-kamelets.yaml", routes));
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    @Test
    void theMoverLeavesSalesAndJoinsEngineering() throws Exception {
        OKTA.stubFor(get(urlPathEqualTo(ADA)).willReturn(okJson(user("ACTIVE"))));
        stubGroupNamed("Sales", SALES);
        stubGroupNamed("Engineering", ENGINEERING);
        OKTA.stubFor(delete(urlPathEqualTo("/api/v1/groups/" + SALES + "/users/00u1ada")).willReturn(aResponse().withStatus(204)));
        OKTA.stubFor(put(urlPathEqualTo("/api/v1/groups/" + ENGINEERING + "/users/00u1ada")).willReturn(aResponse().withStatus(204)));

        JsonNode out = call("direct:mover", "ada@example.com");

        OKTA.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/groups/" + SALES + "/users/00u1ada"))
                .withHeader("Authorization", equalTo("SSWS " + API_TOKEN)));
        OKTA.verify(1, putRequestedFor(urlPathEqualTo("/api/v1/groups/" + ENGINEERING + "/users/00u1ada")));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("group_id").asText()).isEqualTo(ENGINEERING);
        assertThat(out.path("user_id").asText()).isEqualTo("00u1ada");
    }

    @Test
    void theLeaverIsDeactivated() throws Exception {
        OKTA.stubFor(get(urlPathEqualTo(ADA)).inScenario("leaver").whenScenarioStateIs(STARTED)
                .willReturn(okJson(user("ACTIVE"))));
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users/00u1ada/lifecycle/deactivate")).inScenario("leaver")
                .whenScenarioStateIs(STARTED).willSetStateTo("left").willReturn(okJson("{}")));
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/users/00u1ada")).willReturn(okJson(user("DEPROVISIONED"))));
        OKTA.stubFor(get(urlPathEqualTo(ADA)).inScenario("leaver").whenScenarioStateIs("left")
                .willReturn(okJson(user("DEPROVISIONED"))));

        JsonNode out = call("direct:leaver", "ada@example.com");

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users/00u1ada/lifecycle/deactivate")));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("user").path("status").asText()).isEqualTo("DEPROVISIONED");
    }

    private JsonNode call(String uri, String body) throws Exception {
        return JSON.readTree(context.createProducerTemplate().requestBody(uri, body, String.class));
    }

    private static void stubGroupNamed(String name, String id) {
        OKTA.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("search", equalTo("profile.name eq \"" + name + "\""))
                .willReturn(okJson("""
                        [{"id": "%s", "type": "OKTA_GROUP", "objectClass": ["okta:user_group"],
                          "profile": {"name": "%s", "description": null}}]
                        """.formatted(id, name))));
    }

    private static String user(String status) {
        return OktaUserJson.user("00u1ada", status, "Ada", "Lovelace", "ada@example.com");
    }

    /** The first yaml block after the example's sentence in the README. */
    private static String readmeExample() throws Exception {
        String readme = Files.readString(README);
        int sentence = readme.indexOf(EXAMPLE);
        assertThat(sentence).as("the README's mover and leaver example").isNotNegative();
        int start = readme.indexOf("```yaml\n", sentence) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }
}
