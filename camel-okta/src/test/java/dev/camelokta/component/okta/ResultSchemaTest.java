package dev.camelokta.component.okta;

import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.support.ContractSchemas;
import dev.camelokta.component.okta.support.OktaFixtures;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result of every operation, successful or not, is valid against the card's output schema: as camel-jackson's
 * {@code marshal().json()} writes it and as {@code getBody(String.class)} gives it.
 */
class ResultSchemaTest extends OktaTestSupport {

    private static final String ISAAC = "/api/v1/users/00ub0oNGTSWTBKOLGLNR";

    /**
     * One call of one operation.
     *
     * @param request the Okta call stubbed, null when the input is refused before any call
     */
    record Case(String name, String contract, String operation, Map<String, Object> headers, MappingBuilder request,
                ResponseDefinitionBuilder answer, boolean success) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Map<String, Object> isaacId = Map.of(OktaConstants.USER_ID, "00ub0oNGTSWTBKOLGLNR");
        Map<String, Object> isaacPhone = Map.of(OktaConstants.USER_ID, "00ub0oNGTSWTBKOLGLNR",
                OktaConstants.MOBILE_PHONE, "+1-555-415-9999");
        return Stream.of(
                new Case("createUser success", "create-user", "createUser", CREATE_ISAAC,
                        post(urlPathEqualTo("/api/v1/users")), oktaJson(200, "user-created.json"), true),
                new Case("createUser 400", "create-user", "createUser", CREATE_ISAAC,
                        post(urlPathEqualTo("/api/v1/users")), oktaJson(400, "error-400-login-exists.json"), false),
                new Case("createUser missing input", "create-user", "createUser", Map.of(), null, null, false),
                new Case("getUser success", "get-user", "getUser", isaacId,
                        get(urlEqualTo(ISAAC)), oktaJson(200, "user.json"), true),
                new Case("getUser 404", "get-user", "getUser", isaacId,
                        get(urlEqualTo(ISAAC)), oktaJson(404, "error-404-not-found.json"), false),
                new Case("getUser missing input", "get-user", "getUser", Map.of(), null, null, false),
                new Case("updateUser success", "update-user", "updateUser", isaacPhone,
                        post(urlEqualTo(ISAAC)), oktaJson(200, "user-updated.json"), true),
                new Case("updateUser 403", "update-user", "updateUser", isaacPhone,
                        post(urlEqualTo(ISAAC)), oktaJson(403, "error-403-access-denied.json"), false),
                new Case("updateUser missing input", "update-user", "updateUser", Map.of(), null, null, false),
                new Case("listTypeIdOptions success", "list-type-id-options", "listTypeIdOptions", Map.of(),
                        get(urlEqualTo("/api/v1/meta/types/user")), oktaJson(200, "user-types.json"), true),
                new Case("listTypeIdOptions 401", "list-type-id-options", "listTypeIdOptions", Map.of(),
                        get(urlEqualTo("/api/v1/meta/types/user")), oktaJson(401, "error-401-invalid-token.json"), false));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:marshal").marshal().json();
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bodyAsStringIsValid(Case c) {
        String json = run(c).getMessage().getBody(String.class);

        assertValidResult(c, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void marshalJsonIsValid(Case c) {
        Object result = run(c).getMessage().getBody();

        String json = template.requestBody("direct:marshal", result, String.class);

        assertValidResult(c, json);
    }

    @Test
    void theValidatorRefusesOktasOwnUserResource() {
        String raw = "{\"success\": true, \"user\": " + OktaFixtures.read("user.json") + "}";

        assertThat(ContractSchemas.validate("get-user", raw)).as("_links and realmId are not in the card's schema")
                .isNotEmpty();
    }

    private Exchange run(Case c) {
        if (c.request() != null) {
            givenOkta(c.request(), c.answer());
        }
        return call(oktaUri(c.operation(), "maxRetries=0"), null, c.headers());
    }

    private static void assertValidResult(Case c, String json) {
        ContractSchemas.assertValid(c.contract(), json);
        Map<String, Object> result = OktaJson.readObject(json);
        assertThat(result).containsEntry("success", c.success());
        if (c.success()) {
            assertThat(result.get("error")).isNull();
        } else {
            assertThat(result.get("error")).isInstanceOf(String.class);
        }
    }
}
