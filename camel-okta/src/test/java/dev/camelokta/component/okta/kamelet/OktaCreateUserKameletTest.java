package dev.camelokta.component.okta.kamelet;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OktaCreateUserKameletTest extends OktaKameletTestSupport {

    private static final String ADA = """
            {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "login": "ada@example.com",
             "mobile_phone": "+44 20 7946 0000"}
            """;

    @Test
    void createsTheUserOfTheBodyAndReturnsItAsTheCardsJson() throws Exception {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users"))
                .willReturn(okJson(OktaUserJson.user("00u1ada", "ACTIVE", "Ada", "Lovelace", "ada@example.com"))));

        JsonNode out = call("direct:create-user", ADA);

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withQueryParam("activate", equalTo("true"))
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withRequestBody(equalToJson("""
                        {"profile": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                                     "login": "ada@example.com", "mobilePhone": "+44 20 7946 0000"}}
                        """)));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("error").isNull()).isTrue();
        assertThat(out.path("user").path("id").asText()).isEqualTo("00u1ada");
        assertThat(out.path("user").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(out.path("user").path("profile").path("login").asText()).isEqualTo("ada@example.com");
        assertThat(out.path("user").has("_links")).as("the card's user has no _links").isFalse();
    }

    @Test
    void appliesTheKameletsActivateAndTypeIdProperties() throws Exception {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users"))
                .willReturn(okJson(OktaUserJson.user("00u2ada", "STAGED", "Ada", "Lovelace", "ada@example.com"))));

        JsonNode out = call("direct:create-staged-user", ADA);

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withQueryParam("activate", equalTo("false"))
                .withRequestBody(equalToJson("""
                        {"profile": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                                     "login": "ada@example.com", "mobilePhone": "+44 20 7946 0000"},
                         "type": {"id": "oty1contractor00000"}}
                        """)));
        assertThat(out.path("user").path("status").asText()).isEqualTo("STAGED");
    }

    @Test
    void ignoresCamelOktaHeadersLeftByEarlierSteps() throws Exception {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users"))
                .willReturn(okJson(OktaUserJson.user("00u1ada", "ACTIVE", "Ada", "Lovelace", "ada@example.com"))));

        call("direct:create-user", ADA, Map.of("CamelOktaFirstName", "Mallory", "CamelOktaOperation", "getUser"));

        OKTA.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users"))
                .withRequestBody(equalToJson("{\"profile\": {\"firstName\": \"Ada\"}}", true, true)));
    }

    @Test
    void reportsOktasRefusalInTheJsonInsteadOfFailingTheRoute() throws Exception {
        OKTA.stubFor(post(urlPathEqualTo("/api/v1/users")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"errorCode": "E0000001", "errorSummary": "Api validation failed: login",
                         "errorId": "oae1", "errorCauses": [
                           {"errorSummary": "login: An object with this field already exists in the current organization"}]}
                        """)));

        JsonNode out = call("direct:create-user", ADA);

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("already exists");
        assertThat(out.path("user").isNull()).isTrue();
    }

    @Test
    void reportsAMissingRequiredKeyWithoutCallingOkta() throws Exception {
        JsonNode out = call("direct:create-user", "{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}");

        assertThat(out.path("success").asBoolean()).isFalse();
        assertThat(out.path("error").asText()).contains("email", "login");
        assertThat(OKTA.getAllServeEvents()).isEmpty();
    }
}
