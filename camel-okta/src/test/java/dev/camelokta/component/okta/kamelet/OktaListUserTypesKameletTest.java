package dev.camelokta.component.okta.kamelet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OktaListUserTypesKameletTest extends OktaKameletTestSupport {

    private static final String USER_TYPES = "/api/v1/meta/types/user";

    @BeforeEach
    void stubUserTypes() {
        OKTA.stubFor(get(urlPathEqualTo(USER_TYPES)).willReturn(okJson("""
                [
                  {"id": "oty1default00000000", "name": "user", "displayName": "User", "default": true,
                   "_links": {"schema": {"href": "https://acme.okta.com/api/v1/meta/schemas/user/osc1"}}},
                  {"id": "oty1contractor00000", "name": "contractor", "displayName": "Contractor", "default": false}
                ]
                """)));
    }

    @Test
    void listsTheOrgsUserTypesAsLabelAndValueInOktasOrder() throws Exception {
        JsonNode out = call("direct:list-user-types", null);

        OKTA.verify(1, getRequestedFor(urlPathEqualTo(USER_TYPES)).withHeader("Authorization", equalTo(AUTHORIZATION)));
        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("options")).hasSize(2);
        assertThat(out.path("options").get(0).path("label").asText()).isEqualTo("User");
        assertThat(out.path("options").get(0).path("value").asText()).isEqualTo("oty1default00000000");
        assertThat(out.path("options").get(1).path("label").asText()).isEqualTo("Contractor");
        assertThat(out.path("options").get(1).path("value").asText()).isEqualTo("oty1contractor00000");
    }

    @Test
    void ignoresWhateverBodyTriggeredIt() throws Exception {
        JsonNode out = call("direct:list-user-types", "{\"event\": \"nightly-sync\"}");

        assertThat(out.path("success").asBoolean()).isTrue();
        assertThat(out.path("options")).hasSize(2);
    }
}
