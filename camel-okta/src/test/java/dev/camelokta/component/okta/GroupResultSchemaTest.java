package dev.camelokta.component.okta;

import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.operation.OperationSchemas;
import dev.camelokta.component.okta.support.OktaTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results of the group operations, successful or not, are valid against the output JSON Schema that ships in the
 * jar ({@link OperationSchemas#output}), as {@code getBody(String.class)} and {@code marshal().json()} give them.
 */
class GroupResultSchemaTest extends OktaTestSupport {

    private static final String WEST = "/api/v1/groups/00g1emaKYZTWRYYRRTSK";
    private static final String ISAAC_ID = "00ub0oNGTSWTBKOLGLNR";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** @param request the Okta call stubbed (the user is always found), null when the input is refused */
    record Case(String name, OktaOperation operation, Object body, MappingBuilder request, ResponseDefinitionBuilder answer,
                boolean success) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Map<String, Object> membership = Map.of("group_id", "00g1emaKYZTWRYYRRTSK", "user_id", ISAAC_ID);
        return Stream.of(
                new Case("getGroup success", OktaOperation.getGroup, "00g1emaKYZTWRYYRRTSK", get(urlEqualTo(WEST)),
                        oktaJson(200, "group.json"), true),
                new Case("getGroup 404", OktaOperation.getGroup, "00g1emaKYZTWRYYRRTSK", get(urlEqualTo(WEST)),
                        oktaJson(404, "error-404-group-not-found.json"), false),
                new Case("getGroup by a name two groups have", OktaOperation.getGroup, "West Coast users",
                        get(urlPathEqualTo("/api/v1/groups")), oktaJson(200, "groups-search-two.json"), false),
                new Case("createGroup success", OktaOperation.createGroup, Map.of("name", "West Coast users"),
                        post(urlEqualTo("/api/v1/groups")), oktaJson(200, "group.json"), true),
                new Case("createGroup 400", OktaOperation.createGroup, Map.of("name", "West Coast users"),
                        post(urlEqualTo("/api/v1/groups")), oktaJson(400, "error-400-group-name-exists.json"), false),
                new Case("createGroup missing input", OktaOperation.createGroup, null, null, null, false),
                new Case("addUserToGroup success", OktaOperation.addUserToGroup, membership,
                        put(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaAnswer(204), true),
                new Case("addUserToGroup 404", OktaOperation.addUserToGroup, membership,
                        put(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaJson(404, "error-404-group-not-found.json"), false),
                new Case("removeUserFromGroup success", OktaOperation.removeUserFromGroup, membership,
                        delete(urlEqualTo(WEST + "/users/" + ISAAC_ID)), oktaAnswer(204), true),
                new Case("removeUserFromGroup missing input", OktaOperation.removeUserFromGroup,
                        Map.of("group_id", "00g1emaKYZTWRYYRRTSK"), null, null, false));
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
        Exchange exchange = run(c);

        assertValidResult(c, exchange.getMessage().getBody(String.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void marshalJsonIsValid(Case c) {
        Object result = run(c).getMessage().getBody();

        assertValidResult(c, template.requestBody("direct:marshal", result, String.class));
    }

    private Exchange run(Case c) {
        givenOkta(get(urlEqualTo("/api/v1/users/" + ISAAC_ID)), oktaJson(200, "user.json"));
        if (c.request() != null) {
            givenOkta(c.request(), c.answer());
        }
        return call(oktaUri(c.operation().name(), "maxRetries=0"), c.body());
    }

    private static void assertValidResult(Case c, String json) {
        String schema = OperationSchemas.output(OktaOperations.descriptor(c.operation())).toString();
        assertThat(FACTORY.getSchema(schema).validate(json, InputFormat.JSON))
                .as("%s output schema violations of %s", c.operation(), json).isEmpty();
        Map<String, Object> result = OktaJson.readObject(json);
        assertThat(result).containsEntry("success", c.success());
        if (c.success()) {
            assertThat(result.get("error")).isNull();
            boolean membership = c.operation() == OktaOperation.addUserToGroup
                                 || c.operation() == OktaOperation.removeUserFromGroup;
            assertThat(result.get(membership ? "group_id" : "group")).as("the payload").isNotNull();
        } else {
            assertThat(result.get("error")).isInstanceOf(String.class);
        }
    }
}
