package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
            .sandbox(OktaSandbox.builder().userType("Contractor", "contractor", "People on a contract"))
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
