package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks the sandbox against Okta's own OpenAPI spec (the excerpt in the test resources): its answers
 * validate against the spec's schemas, it accepts the spec's request examples, and it refuses requests
 * the spec does not allow.
 */
class SpecConformanceTest {

    private static final OpenApiSchemas SPEC = OpenApiSchemas.load();

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().userType("Contractor", "contractor", "People on a contract")
                    .customAttribute("contractor", "agency", "string").customAttribute("tags", "array")
                    .group("Engineering", "Builds things"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    /** The validator itself, before anything is judged with it. */
    @Nested
    class TheSchemaConversion {

        @Test
        void acceptsTheSpecsOwnExamples() {
            assertThat(SPEC.validate("User", SPEC.example("user-example"))).isEmpty();
            assertThat(SPEC.validate("User", SPEC.example("create-user-without-credentials-response"))).isEmpty();
            assertThat(SPEC.validateEach("UserType", SPEC.example("ListsAllUserTypes"))).isEmpty();
            assertThat(SPEC.validate("Error", SPEC.example("ErrorTooManyRequests"))).isEmpty();
            assertThat(SPEC.validate("CreateUserRequest", SPEC.example("create-user-with-password-request"))).isEmpty();
        }

        @Test
        void turnsNullableIntoANullType() {
            ObjectNode staged = SPEC.example("create-user-without-credentials-response").deepCopy();
            staged.putNull("activated");

            assertThat(SPEC.validate("User", staged)).isEmpty();
        }

        @Test
        void refusesWhatTheSchemasForbid() {
            ObjectNode badStatus = SPEC.example("user-example").deepCopy();
            badStatus.put("status", "SLEEPING");
            ObjectNode badTimestamp = SPEC.example("user-example").deepCopy();
            badTimestamp.put("created", "yesterday");
            ObjectNode badEmail = SPEC.example("user-example").deepCopy();
            ((ObjectNode) badEmail.path("profile")).put("email", "not-an-email");

            assertThat(SPEC.validate("User", badStatus)).isNotEmpty();
            assertThat(SPEC.validate("User", badTimestamp)).isNotEmpty();
            assertThat(SPEC.validate("User", badEmail)).isNotEmpty();
            assertThat(SPEC.validate("Error", SandboxClient.MAPPER.createObjectNode().put("errorCauses", "x")))
                    .isNotEmpty();
        }
    }

    @Test
    void createAnswersWithAUserAndTheStatusTheSpecDeclares() {
        ApiCall active = client.post("/api/v1/users", Profiles.body(Profiles.of("active@example.com")));
        ApiCall staged = client.post("/api/v1/users?activate=false", Profiles.body(Profiles.of("staged@example.com")));
        ApiCall withType = client.post("/api/v1/users", "{\"profile\":" + Profiles.of("typed@example.com")
                + ",\"type\":{\"id\":\"" + okta.sandbox().userType("contractor").id() + "\"}}");

        assertThat(SPEC.operation("/api/v1/users", "post").path("responses").has(Integer.toString(active.status())))
                .isTrue();
        for (ApiCall created : List.of(active, staged, withType)) {
            assertThat(created.status()).isEqualTo(200);
            assertThat(SPEC.validate("User", created.json())).as(created.body()).isEmpty();
        }
    }

    @Test
    void getAnswersWithAUserGetSingleton() {
        JsonNode created = client.createUser(Profiles.of("get@example.com"));

        ApiCall found = client.get("/api/v1/users/" + created.path("id").asText());

        assertThat(SPEC.validate("UserGetSingleton", found.json())).isEmpty();
    }

    @Test
    void updateAndReplaceAnswerWithAUser() {
        String path = "/api/v1/users/" + client.createUser(Profiles.of("upd@example.com")).path("id").asText();

        ApiCall updated = client.post(path, "{\"profile\":{\"nickName\":\"upd\",\"mobilePhone\":null}}");
        ApiCall replaced = client.put(path, "{\"profile\":" + Profiles.of("upd@example.com")
                + ",\"credentials\":{\"password\":{\"value\":\"pa55word!\"}}}");

        assertThat(SPEC.validate("User", updated.json())).as(updated.body()).isEmpty();
        assertThat(SPEC.validate("User", replaced.json())).as(replaced.body()).isEmpty();
    }

    @Test
    void listsAnswerWithArraysOfUsersAndUserTypes() {
        client.createUser(Profiles.of("one@example.com"));
        client.createUser(Profiles.of("two@example.com"));

        ApiCall users = client.get("/api/v1/users?search=profile.email%20sw%20%22one%22");
        ApiCall types = client.get("/api/v1/meta/types/user");

        assertThat(users.json().size()).isEqualTo(1);
        assertThat(SPEC.validateEach("User", users.json())).isEmpty();
        assertThat(types.json().size()).isEqualTo(2);
        assertThat(SPEC.validateEach("UserType", types.json())).isEmpty();
    }

    @Test
    void everyErrorAnswerIsAnError() {
        client.createUser(Profiles.of("dup@example.com"));
        String path = "/api/v1/users/" + okta.sandbox().findByLogin("dup@example.com").orElseThrow().id();

        List<ApiCall> errors = new ArrayList<>(List.of(
                client.post("/api/v1/users", Profiles.body(Profiles.of("dup@example.com"))),
                client.post("/api/v1/users", "{malformed"),
                client.post("/api/v1/users?activate=maybe", Profiles.body(Profiles.of("x@example.com"))),
                client.withAuthorization(null).get(path),
                client.get("/api/v1/users/nobody@example.com"),
                client.get("/api/v1/unknown"),
                client.send("PATCH", path, "{}"),
                client.postIfMatch(path, "{\"profile\":{}}", "W/\"stale\""),
                client.get("/api/v1/users?search=nonsense")));
        okta.sandbox().failNextRequests(1);
        errors.add(client.get("/api/v1/meta/types/user"));

        assertThat(errors).extracting(ApiCall::status)
                .containsExactly(400, 400, 400, 401, 404, 404, 405, 412, 400, 503);
        for (ApiCall error : errors) {
            assertThat(SPEC.validate("Error", error.json())).as(error.body()).isEmpty();
        }
    }

    @Test
    void theRoutesAreTheSpecsOperationsWithTheQueryParametersTheSpecDeclares() {
        Map<String, Set<String>> spec = new TreeMap<>();
        SPEC.spec().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!method.getKey().equals("parameters")) {
                Set<String> names = new TreeSet<>();
                List.of(path.getValue().path("parameters"), method.getValue().path("parameters"))
                        .forEach(parameters -> parameters.forEach(parameter -> {
                            JsonNode resolved = parameter.has("$ref") ? SPEC.spec().at(
                                    parameter.path("$ref").asText().substring(1)) : parameter;
                            if (resolved.path("in").asText().equals("query")) {
                                names.add(resolved.path("name").asText());
                            }
                        }));
                spec.put(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), names);
            }
        }));
        Map<String, Set<String>> routes = new TreeMap<>();
        okta.sandbox().router().endpoints().forEach((template, endpoints) -> endpoints.forEach(endpoint ->
                routes.put(endpoint.method() + " " + template, new TreeSet<>(endpoint.queryParameters()))));

        assertThat(routes).isEqualTo(spec);
    }

    @Test
    void lifecycleAnswersAreTheSpecsShapes() {
        String staged = client.post("/api/v1/users?activate=false", Profiles.body(Profiles.of("s@example.com")))
                .json().path("id").asText();
        String active = client.createUser(Profiles.of("a@example.com")).path("id").asText();
        String lifecycle = "/api/v1/users/%s/lifecycle/%s";

        ApiCall activation = client.send("POST", lifecycle.formatted(staged, "activate?sendEmail=false"), null);
        ApiCall reactivation = client.send("POST", lifecycle.formatted(staged, "reactivate?sendEmail=false"), null);
        ApiCall reset = client.send("POST", lifecycle.formatted(active, "reset_password?sendEmail=false"), null);
        ApiCall expired = client.send("POST", lifecycle.formatted(client.createUser(Profiles.of("e@example.com"))
                .path("id").asText(), "expire_password"), null);
        ApiCall temporary = client.send("POST", lifecycle.formatted(client.createUser(Profiles.of("t@example.com"))
                .path("id").asText(), "expire_password_with_temp_password"), null);

        assertThat(SPEC.validate("UserActivationToken", activation.json())).isEmpty();
        assertThat(SPEC.validate("UserActivationToken", reactivation.json())).isEmpty();
        assertThat(SPEC.validate("ResetPasswordToken", reset.json())).isEmpty();
        assertThat(SPEC.validate("User", expired.json())).as(expired.body()).isEmpty();
        assertThat(SPEC.validate("tempPassword", temporary.json())).isEmpty();
        for (String status : List.of("PROVISIONED", "RECOVERY", "PASSWORD_EXPIRED")) {
            ApiCall found = client.get("/api/v1/users?search=status+eq+%22" + status + "%22");
            assertThat(found.json().size()).as(status).isPositive();
            assertThat(SPEC.validateEach("User", found.json())).isEmpty();
        }
        for (String id : List.of(staged, active)) {
            assertThat(SPEC.validate("UserGetSingleton", client.get("/api/v1/users/" + id).json())).isEmpty();
        }
        for (String status : List.of("200", "403", "404", "429")) {
            assertThat(SPEC.operation("/api/v1/users/{id}/lifecycle/activate", "post").path("responses").has(status))
                    .isTrue();
        }
    }

    @Test
    void groupAnswersAreTheSpecsGroups() {
        String group = client.post("/api/v1/groups", "{\"profile\":{\"name\":\"West\",\"description\":\"West\"}}")
                .json().path("id").asText();
        String user = client.createUser(Profiles.of("m@example.com")).path("id").asText();
        client.send("PUT", "/api/v1/groups/" + group + "/users/" + user, null);

        assertThat(SPEC.validate("Group", client.get("/api/v1/groups/" + group).json())).isEmpty();
        assertThat(SPEC.validateEach("Group", client.get("/api/v1/groups").json())).isEmpty();
        assertThat(SPEC.validateEach("Group", client.get("/api/v1/users/" + user + "/groups").json())).isEmpty();
        assertThat(SPEC.validateEach("User", client.get("/api/v1/groups/" + group + "/users").json())).isEmpty();
        assertThat(SPEC.validate("Group", SPEC.example("group-example"))).as("the validator takes Okta's example")
                .isEmpty();
    }

    @Test
    void schemaAnswersAreTheSpecsUserSchemas() {
        String contractor = okta.sandbox().userType("contractor").id();

        JsonNode byDefault = client.get("/api/v1/meta/schemas/user/default").json();
        JsonNode ofContractor = client.get("/api/v1/meta/schemas/user/osc" + contractor.substring(3)).json();

        assertThat(SPEC.validate("UserSchema", byDefault)).as(byDefault.toString()).isEmpty();
        assertThat(SPEC.validate("UserSchema", ofContractor)).isEmpty();
        assertThat(SPEC.validate("UserSchema", SPEC.example("UserSchemaResponse"))).isEmpty();
        JsonNode okta = SPEC.example("UserSchemaDefaultResponse").path("definitions").path("base").path("properties");
        for (Iterator<String> names = okta.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode ours = byDefault.path("definitions").path("base").path("properties").path(name);
            for (String key : List.of("title", "type", "required", "minLength", "maxLength", "format")) {
                assertThat(ours.path(key)).as(name + "." + key).isEqualTo(okta.path(name).path(key));
            }
        }
    }

    @Test
    void newErrorAnswersAreErrors() {
        String active = client.createUser(Profiles.of("err@example.com")).path("id").asText();
        List<ApiCall> errors = List.of(
                client.send("POST", "/api/v1/users/" + active + "/lifecycle/activate", null),
                client.send("POST", "/api/v1/users/" + active + "/lifecycle/unsuspend", null),
                client.send("POST", "/api/v1/users/" + active + "/lifecycle/reactivate", null),
                client.send("POST", "/api/v1/users/" + active + "/lifecycle/reset_password", null),
                client.get("/api/v1/users?after=nonsense"),
                client.get("/api/v1/groups/00gNoSuchGroup0000000"),
                client.post("/api/v1/groups", "{\"profile\":{\"name\":\"engineering\"}}"),
                client.post("/api/v1/users", "{\"profile\":{\"colour\":\"red\"}}"),
                client.get("/api/v1/meta/types/user?limit=1"));

        assertThat(errors).extracting(ApiCall::status).containsExactly(403, 400, 403, 400, 400, 404, 400, 400, 400);
        for (ApiCall error : errors) {
            assertThat(SPEC.validate("Error", error.json())).as(error.body()).isEmpty();
        }
    }

    @Test
    void aSpentBucketAnswersWithAnError() {
        try (OktaSandbox limited = OktaSandbox.builder().rateLimit(Bucket.OTHER, 1, Duration.ofMinutes(1)).start()) {
            SandboxClient limitedClient = new SandboxClient(limited);
            limitedClient.get("/api/v1/meta/types/user");

            ApiCall refused = limitedClient.get("/api/v1/meta/types/user");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(SPEC.validate("Error", refused.json())).isEmpty();
        }
    }

    @Test
    void acceptsTheSpecsRequestExamplesForCreate() {
        for (String example : List.of("create-user-without-credentials-request", "create-user-with-password-request",
                "create-user-with-recovery-question-request",
                "create-user-with-password-and-recovery-question-request")) {
            okta.sandbox().reset();
            JsonNode request = SPEC.example(example);
            assertThat(SPEC.validate("CreateUserRequest", request)).isEmpty();

            ApiCall created = client.post("/api/v1/users", request.toString());

            assertThat(created.status()).as(example + ": " + created.body()).isEqualTo(200);
            assertThat(created.json().path("profile")).isEqualTo(request.path("profile"));
            assertThat(SPEC.validate("User", created.json())).isEmpty();
        }
    }

    @Test
    void acceptsTheSpecsRequestExampleForReplace() {
        JsonNode request = SPEC.example("replace-user-request");
        String login = request.path("profile").path("login").asText();
        String id = client.createUser(Profiles.of(login)).path("id").asText();
        assertThat(SPEC.validate("UpdateUserRequest", request)).isEmpty();

        ApiCall replaced = client.put("/api/v1/users/" + id, request.toString());

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("profile")).isEqualTo(request.path("profile"));
    }

    @Test
    void refusesACreateBodyWithoutTheRequiredProfile() {
        JsonNode withoutProfile = SandboxClient.MAPPER.createObjectNode();
        assertThat(SPEC.validate("CreateUserRequest", withoutProfile)).as("the spec requires profile").isNotEmpty();

        ApiCall refused = client.post("/api/v1/users", withoutProfile.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000001");
        assertThat(okta.sandbox().users()).isEmpty();
    }

    @Test
    void refusesAProfileThatIsNotAnObject() {
        JsonNode textProfile = SandboxClient.MAPPER.createObjectNode().put("profile", "isaac");
        assertThat(SPEC.validate("CreateUserRequest", textProfile)).isNotEmpty();

        assertThat(client.post("/api/v1/users", textProfile.toString()).errorCode()).isEqualTo("E0000003");
    }

    @Test
    void refusesAnActivateValueThatIsNotTheBooleanTheSpecDeclares() {
        JsonNode activate = SPEC.operation("/api/v1/users", "post").path("parameters").get(0);
        assertThat(activate.path("name").asText()).isEqualTo("activate");
        assertThat(activate.path("schema").path("type").asText()).isEqualTo("boolean");

        ApiCall refused = client.post("/api/v1/users?activate=maybe", Profiles.body(Profiles.of("m@example.com")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(okta.sandbox().users()).isEmpty();
    }
}
