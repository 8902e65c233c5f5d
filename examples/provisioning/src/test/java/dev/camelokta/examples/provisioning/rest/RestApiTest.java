package dev.camelokta.examples.provisioning.rest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.examples.provisioning.RawHttp;
import dev.camelokta.examples.provisioning.RestClient;
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

    private static final String PROXY_HOST = "provisioning.example.com";

    @RegisterExtension
    static final TestApplication app = TestApplication.against(OktaSandbox.builder().userType("Contractor", "contractor"),
            Map.of("provisioning.rest.allowed-hosts", PROXY_HOST + ", other-name:8080"));

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
        JsonNode scheme = JSON.readTree(response.body()).at("/components/securitySchemes/apiKey");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void withoutTheKeyEveryPathIs401WithABearerChallengeAndTheJsonErrorBody() throws Exception {
        RestClient noKey = app.rest().withKey(null);
        long requestsBefore = app.okta().counters().totalRequests();

        List<HttpResponse<String>> responses = List.of(noKey.post("/users", newUser("eve")), noKey.get("/users/ada@example.com"),
                noKey.patch("/users/ada@example.com", "{\"last_name\":\"X\"}"), noKey.get("/user-types"),
                noKey.get("/openapi.json"), noKey.get("/no-such-path"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"okta-provisioning\"");
            assertIsTheJsonErrorBody(response, "This API needs its key: send the header Authorization: Bearer <key>");
        }
        assertThat(app.okta().findByLogin("eve@example.com")).isEmpty();
        assertThat(app.okta().counters().totalRequests()).isEqualTo(requestsBefore);
    }

    @Test
    void aWrongKeyOrAnotherSchemeIs401() throws Exception {
        HttpResponse<String> wrongKey = app.rest().withKey(TestApplication.API_KEY + "x").get("/user-types");
        HttpResponse<String> prefixOfTheKey = app.rest().withKey(TestApplication.API_KEY.substring(0, 20)).get("/user-types");
        HttpResponse<String> basic = app.rest().send(app.rest().withKey(null).request("/user-types")
                .header("Authorization", "Basic " + TestApplication.API_KEY).GET());

        for (HttpResponse<String> response : List.of(wrongKey, prefixOfTheKey, basic)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Bearer realm=\"okta-provisioning\", error=\"invalid_token\"");
            assertIsTheJsonErrorBody(response, "Wrong API key");
            assertThat(response.body()).doesNotContain(TestApplication.API_KEY.substring(0, 20));
        }
    }

    @Test
    void aHostThatIsNotThisApisAddressIs421EvenWithTheKey() throws Exception {
        int port = app.rest().port();

        String rebound = getUserTypesWithHost("evil.example:" + port);
        String otherPort = getUserTypesWithHost("localhost:" + (port + 1));
        String noHost = RawHttp.exchange(port, "GET /user-types HTTP/1.0\r\nAuthorization: Bearer "
                                               + TestApplication.API_KEY + "\r\n");

        for (String answer : List.of(rebound, otherPort, noHost)) {
            assertThat(answer).startsWith("HTTP/1.").contains(" 421 Misdirected Request").contains("\"success\":false")
                    .contains("is not an address of this API: call it as localhost:" + port + " or 127.0.0.1:" + port
                              + ", or add the Host to provisioning.rest.allowed-hosts");
        }
        assertThat(rebound).contains("Host 'evil.example:" + port + "'");
    }

    @Test
    void theBoundAddressLocalhostAndTheConfiguredHostsAreAccepted() throws Exception {
        int port = app.rest().port();

        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, PROXY_HOST, "other-name:8080")) {
            assertThat(getUserTypesWithHost(host)).as(host).startsWith("HTTP/1.1 200 OK");
        }
        assertThat(getUserTypesWithHost(PROXY_HOST + ":" + port)).contains(" 421 ");
    }

    @Test
    void aMethodThePathDoesNotHaveIs405WithAllowAndTheJsonErrorBody() throws Exception {
        HttpResponse<String> delete = app.rest().send(app.rest().request("/users/ada@example.com").DELETE());
        HttpResponse<String> put = app.rest().send(app.rest().request("/users")
                .PUT(HttpRequest.BodyPublishers.ofString(newUser("put"))));

        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, PATCH");
        assertIsTheJsonErrorBody(delete, "Method not allowed: DELETE /users/ada@example.com; the path takes GET, PATCH");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST"); // GET /users: the paged search
        assertIsTheJsonErrorBody(put, "Method not allowed: PUT /users");
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415WithTheJsonErrorBody() throws Exception {
        HttpResponse<String> post = app.rest().send(app.rest().request("/users").setHeader("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(newUser("plain"))));
        HttpResponse<String> patch = app.rest().send(app.rest().request("/users/ada@example.com")
                .setHeader("Content-Type", "application/x-www-form-urlencoded")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("last_name=X")));

        assertThat(post.statusCode()).isEqualTo(415);
        assertIsTheJsonErrorBody(post, "POST /users does not take a body of Content-Type 'text/plain': send application/json");
        assertThat(patch.statusCode()).isEqualTo(415);
        assertIsTheJsonErrorBody(patch, "PATCH /users/ada@example.com does not take a body of Content-Type");
        assertThat(app.okta().findByLogin("plain@example.com")).isEmpty();
    }

    @Test
    void anUnknownPathIs404AndAnAcceptItCannotAnswerIs406WithTheJsonErrorBody() throws Exception {
        HttpResponse<String> unknown = app.rest().get("/groups");
        HttpResponse<String> html = app.rest().send(app.rest().request("/user-types").header("Accept", "text/html").GET());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertIsTheJsonErrorBody(unknown, "No such resource: GET /groups; the API has /users, /users/{id}/deactivate, "
                                         + "/reconcile, /groups/{group}/members/{id}, /users/{id}, /user-types, /openapi.json");
        assertThat(html.statusCode()).isEqualTo(406);
        assertIsTheJsonErrorBody(html, "GET /user-types cannot answer in a media type of Accept 'text/html'");
    }

    private static String getUserTypesWithHost(String host) throws Exception {
        return RawHttp.exchange(app.rest().port(), "GET /user-types HTTP/1.1\r\nHost: " + host
                                                   + "\r\nAuthorization: Bearer " + TestApplication.API_KEY + "\r\n");
    }

    private static void assertIsTheJsonErrorBody(HttpResponse<String> response, String errorStart) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("success").asBoolean(true)).isFalse();
        assertThat(body.get("error").asText()).startsWith(errorStart);
    }

    private static Map<String, Object> profile(String name) {
        return Map.of("firstName", name, "lastName", "Example", "email", name + "@example.com", "login", name + "@example.com");
    }

    private static String newUser(String name) {
        return "{\"first_name\":\"" + name + "\",\"last_name\":\"Example\",\"email\":\"" + name + "@example.com\","
               + "\"login\":\"" + name + "@example.com\",\"mobile_phone\":\"+1 555 0100\"}";
    }
}
