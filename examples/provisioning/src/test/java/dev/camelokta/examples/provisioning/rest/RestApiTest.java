package dev.camelokta.examples.provisioning.rest;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.examples.provisioning.TestApplication;
import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example 2 end to end: the REST API of the running application, over HTTP, against the sandbox.
 */
class RestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestApplication app =
            TestApplication.against(OktaSandbox.builder().userType("Contractor", "contractor"));

    @Test
    void aConfiguredTenantIsUsedAndNoSandboxStarted() {
        assertThat(app.application().sandbox()).isEmpty();
        assertThat(app.application().camelContext().getRouteController().getRouteStatus("sample-data").isStopped()).isTrue();
    }

    @Test
    void postCreatesTheUserWith201AndTheCardsOutput() throws Exception {
        HttpResponse<String> response = app.rest().post("/users", newUser("ada"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("error").isNull()).isTrue();
        SandboxUser created = app.okta().findByLogin("ada@example.com").orElseThrow();
        assertThat(body.at("/user/id").asText()).isEqualTo(created.id());
        assertThat(body.at("/user/profile/mobilePhone").asText()).isEqualTo("+1 555 0100");
    }

    @Test
    void getReadsTheUserByIdOrLoginWith200() throws Exception {
        SandboxUser alan = app.okta().createUser(profile("alan"));

        HttpResponse<String> byId = app.rest().get("/users/" + alan.id());
        HttpResponse<String> byLogin = app.rest().get("/users/alan@example.com");

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byId.body()).at("/user/profile/login").asText()).isEqualTo("alan@example.com");
        assertThat(byLogin.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byLogin.body()).at("/user/id").asText()).isEqualTo(alan.id());
    }

    @Test
    void patchChangesTheProfileWith200() throws Exception {
        SandboxUser grace = app.okta().createUser(profile("grace"));

        HttpResponse<String> response = app.rest().patch("/users/" + grace.id(), "{\"last_name\":\"Murray Hopper\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/user/profile/lastName").asText()).isEqualTo("Murray Hopper");
        assertThat(app.okta().findUser(grace.id()).orElseThrow().lastName()).isEqualTo("Murray Hopper");
    }

    @Test
    void userTypesListsTheOrgsTypesAsOptionsWith200() throws Exception {
        HttpResponse<String> response = app.rest().get("/user-types");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode options = JSON.readTree(response.body()).get("options");
        assertThat(options.findValuesAsText("label")).containsExactly("User", "Contractor");
        assertThat(options.findValuesAsText("value")).contains(app.okta().userType("contractor").id());
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        HttpResponse<String> get = app.rest().get("/users/nobody@example.com");
        HttpResponse<String> patch = app.rest().patch("/users/nobody@example.com", "{\"last_name\":\"Body\"}");

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(patch.statusCode()).isEqualTo(404);
        JsonNode body = JSON.readTree(get.body());
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("error").asText()).contains("E0000007");
    }

    @Test
    void aLoginAlreadyTakenIs409() throws Exception {
        app.okta().createUser(profile("barbara"));

        HttpResponse<String> response = app.rest().post("/users", newUser("barbara"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("E0000001", "already exists");
    }

    @Test
    void invalidInputIs400WhetherTheComponentOrOktaRefusesIt() throws Exception {
        HttpResponse<String> missing = app.rest().post("/users", "{\"first_name\":\"Edsger\"}");
        HttpResponse<String> notJson = app.rest().post("/users", "Edsger Dijkstra");
        HttpResponse<String> refusedByOkta = app.rest().post("/users",
                "{\"first_name\":\"Edsger\",\"last_name\":\"Dijkstra\",\"email\":\"not-an-email\",\"login\":\"edsger@example.com\"}");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("Missing required parameters");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(refusedByOkta.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refusedByOkta.body()).get("error").asText()).contains("HTTP 400 E0000001", "email");
        assertThat(app.okta().findByLogin("edsger@example.com")).isEmpty();
    }

    @Test
    void anOktaFailureIs502() throws Exception {
        SandboxUser ken = app.okta().createUser(profile("ken"));
        app.okta().failNextRequests(Bucket.GET_USER, 1);

        HttpResponse<String> response = app.rest().get("/users/" + ken.id());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("HTTP 503");
    }

    @Test
    void openApiDocumentListsTheFourOperations() throws Exception {
        HttpResponse<String> response = app.rest().get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");
        assertThat(paths.has("/users")).isTrue();
        assertThat(paths.get("/users").has("post")).isTrue();
        assertThat(paths.get("/users/{id}").has("get")).isTrue();
        assertThat(paths.get("/users/{id}").has("patch")).isTrue();
        assertThat(paths.get("/user-types").has("get")).isTrue();
    }

    private static Map<String, Object> profile(String name) {
        return Map.of("firstName", name, "lastName", "Example", "email", name + "@example.com", "login", name + "@example.com");
    }

    private static String newUser(String name) {
        return "{\"first_name\":\"" + name + "\",\"last_name\":\"Example\",\"email\":\"" + name + "@example.com\","
               + "\"login\":\"" + name + "@example.com\",\"mobile_phone\":\"+1 555 0100\"}";
    }
}
