package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateUserTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().userType("Contractor", "contractor").customAttribute("tags", "array"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void createsAnActiveUserByDefaultAndAnswers200LikeOkta() {
        ApiCall created = client.post("/api/v1/users", Profiles.body(Profiles.of("isaac.brock@example.com")));

        assertThat(created.status()).isEqualTo(200);
        JsonNode user = created.json();
        String id = user.path("id").asText();
        assertThat(id).matches("00u[A-Za-z0-9]{17}");
        assertThat(user.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(user.path("created").asText()).matches(TIMESTAMP);
        assertThat(user.path("activated").asText()).isEqualTo(user.path("created").asText());
        assertThat(user.path("statusChanged").asText()).isEqualTo(user.path("created").asText());
        assertThat(user.path("lastUpdated").asText()).matches(TIMESTAMP);
        assertThat(user.path("lastLogin").isNull()).isTrue();
        assertThat(user.path("passwordChanged").isNull()).isTrue();
        assertThat(user.path("type").path("id").asText()).isEqualTo(okta.sandbox().defaultUserType().id());
        assertThat(user.path("profile").path("login").asText()).isEqualTo("isaac.brock@example.com");
        assertThat(user.path("profile").path("firstName").asText()).isEqualTo("Isaac");
        assertThat(user.path("credentials").path("provider").path("type").asText()).isEqualTo("OKTA");
        assertThat(user.path("credentials").path("provider").path("name").asText()).isEqualTo("OKTA");
        assertThat(user.path("_links").path("self").path("href").asText())
                .isEqualTo(okta.baseUrl() + "/api/v1/users/" + id);
        assertThat(user.path("_links").path("deactivate").path("method").asText()).isEqualTo("POST");
        assertThat(created.header("ETag")).startsWith("W/\"");
        assertThat(okta.sandbox().findByLogin("isaac.brock@example.com")).get().extracting(SandboxUser::id)
                .isEqualTo(id);
        assertThat(okta.sandbox().counters().usersCreated()).isEqualTo(1);
    }

    @Test
    void activateFalseStagesTheUserWithoutActivationTimestamps() {
        ApiCall created = client.post("/api/v1/users?activate=false", Profiles.body(Profiles.of("staged@example.com")));

        assertThat(created.status()).isEqualTo(200);
        JsonNode user = created.json();
        assertThat(user.path("status").asText()).isEqualTo("STAGED");
        assertThat(user.path("activated").isNull()).isTrue();
        assertThat(user.path("statusChanged").isNull()).isTrue();
        assertThat(user.path("_links").path("activate").path("href").asText())
                .endsWith("/api/v1/users/" + user.path("id").asText() + "/lifecycle/activate");
        assertThat(okta.sandbox().findByLogin("staged@example.com")).get().extracting(SandboxUser::status)
                .isEqualTo(UserStatus.STAGED);
    }

    @Test
    void activateTrueIsTheSameAsTheDefault() {
        ApiCall created = client.post("/api/v1/users?activate=true", Profiles.body(Profiles.of("a@example.com")));

        assertThat(created.json().path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void keepsCustomProfileAttributesAsSent() {
        String profile = "{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"email\":\"ann@example.com\","
                + "\"login\":\"ann@example.com\",\"mobilePhone\":\"555-415-1337\",\"costCenter\":\"10\","
                + "\"tags\":[\"a\",\"b\"]}";

        JsonNode user = client.createUser(profile);

        assertThat(user.path("profile").path("mobilePhone").asText()).isEqualTo("555-415-1337");
        assertThat(user.path("profile").path("tags").size()).isEqualTo(2);
    }

    @Test
    void showsThatAPasswordIsSetWithoutShowingIt() {
        String body = "{\"profile\":" + Profiles.of("pw@example.com") + ",\"credentials\":{\"password\":"
                + "{\"value\":\"tlpWENT2m\"}}}";

        ApiCall created = client.post("/api/v1/users", body);

        assertThat(created.json().path("passwordChanged").asText()).matches(TIMESTAMP);
        assertThat(created.json().path("credentials").path("password").isObject()).isTrue();
        assertThat(created.body()).doesNotContain("tlpWENT2m");
    }

    @Test
    void createsTheUserWithTheGivenUserType() {
        String contractor = okta.sandbox().userType("contractor").id();
        String body = "{\"profile\":" + Profiles.of("c@example.com") + ",\"type\":{\"id\":\"" + contractor + "\"}}";

        ApiCall created = client.post("/api/v1/users", body);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("type").path("id").asText()).isEqualTo(contractor);
        assertThat(created.json().path("_links").path("type").path("href").asText())
                .isEqualTo(okta.baseUrl() + "/api/v1/meta/types/user/" + contractor);
    }

    @Test
    void refusesADuplicateLoginIgnoringCase() {
        client.createUser(Profiles.of("isaac.brock@example.com"));

        ApiCall duplicate = client.post("/api/v1/users", Profiles.body(Profiles.of("Isaac.Brock@EXAMPLE.com")));

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("E0000001");
        assertThat(duplicate.json().path("errorSummary").asText()).isEqualTo("Api validation failed: login");
        assertThat(duplicate.errorCauses())
                .containsExactly("login: An object with this field already exists in the current organization");
        assertThat(okta.sandbox().users()).hasSize(1);
        assertThat(okta.sandbox().counters().usersCreated()).isEqualTo(1);
    }

    @Test
    void refusesALoginThatDiffersOnlyInDiacriticsAsOktaDocuments() {
        client.createUser(Profiles.of("isaac.brock@example.com"));

        ApiCall refused = client.post("/api/v1/users", Profiles.body(Profiles.of("Isáàc.Bröck@example.com")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCauses())
                .containsExactly("login: An object with this field already exists in the current organization");
    }

    @Test
    void refusesNamesLongerThanTheSpecAllows() {
        ApiCall refused = client.post("/api/v1/users", Profiles.body(Profiles.of("long@example.com", "A".repeat(51),
                "B".repeat(50))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCauses()).containsExactly("firstName: The field cannot be longer than 50 characters");
    }

    @Test
    void namesEachMissingRequiredField() {
        ApiCall refused = client.post("/api/v1/users",
                "{\"profile\":{\"login\":\"x@example.com\",\"email\":\"x@example.com\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000001");
        assertThat(refused.errorCauses()).containsExactly(
                "firstName: The field cannot be left blank", "lastName: The field cannot be left blank");
        assertThat(okta.sandbox().users()).isEmpty();
    }

    @Test
    void treatsABlankFieldAsMissing() {
        ApiCall refused = client.post("/api/v1/users", Profiles.body(Profiles.of("x@example.com", " ", "Lee")));

        assertThat(refused.errorCauses()).containsExactly("firstName: The field cannot be left blank");
    }

    @Test
    void refusesABodyWithoutProfileNamingEveryRequiredField() {
        ApiCall refused = client.post("/api/v1/users", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000001");
        assertThat(refused.errorCauses()).containsExactly("login: The field cannot be left blank",
                "email: The field cannot be left blank", "firstName: The field cannot be left blank",
                "lastName: The field cannot be left blank");
    }

    @Test
    void refusesAnEmailThatIsNotAnAddress() {
        String profile = "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"not-an-email\",\"login\":\"a@example.com\"}";

        ApiCall refused = client.post("/api/v1/users", Profiles.body(profile));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errorSummary").asText()).isEqualTo("Api validation failed: email");
        assertThat(refused.errorCauses()).containsExactly("email: Does not match required pattern");
    }

    @Test
    void refusesALoginThatIsNotInTheFormOfAnEmailAddress() {
        String profile = "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@example.com\",\"login\":\"jdoe\"}";

        ApiCall refused = client.post("/api/v1/users", Profiles.body(profile));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCauses()).containsExactly("login: Username must be in the form of an email address");
    }

    @Test
    void refusesAUserTypeThatDoesNotExist() {
        String body = "{\"profile\":" + Profiles.of("t@example.com") + ",\"type\":{\"id\":\"otyDoesNotExist000\"}}";

        ApiCall refused = client.post("/api/v1/users", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000001");
        assertThat(refused.errorCauses()).containsExactly("type: The user type does not exist: otyDoesNotExist000");
        assertThat(okta.sandbox().users()).isEmpty();
    }

    @Test
    void refusesBodiesThatAreNotWellFormed() {
        for (String body : new String[] {"", "not json", "[]", "\"text\"", "{\"profile\":\"x\"}",
                "{\"profile\":{}} trailing", "{\"type\":\"oty1\"}", "{\"credentials\":[]}"}) {
            ApiCall refused = client.post("/api/v1/users", body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.errorCode()).as(body).isEqualTo("E0000003");
            assertThat(refused.json().path("errorSummary").asText()).isEqualTo("The request body was not well-formed.");
        }
        assertThat(okta.sandbox().users()).isEmpty();
    }

    @Test
    void refusesAnActivateParameterThatIsNotABoolean() {
        ApiCall refused = client.post("/api/v1/users?activate=maybe", Profiles.body(Profiles.of("m@example.com")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000002");
        assertThat(refused.json().path("errorSummary").asText())
                .isEqualTo("The request was not valid: activate must be true or false");
        assertThat(okta.sandbox().users()).isEmpty();
    }

    @Test
    void givesEveryUserItsOwnId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ids.add(client.createUser(Profiles.of("user" + i + "@example.com")).path("id").asText());
        }

        assertThat(ids).hasSize(50);
        assertThat(okta.sandbox().users()).extracting(SandboxUser::login)
                .startsWith("user0@example.com", "user1@example.com");
    }

    @Test
    void createUserFromJavaAppliesTheSameRules() {
        SandboxUser user = okta.sandbox().createUser(Map.of("login", "java@example.com", "email", "java@example.com",
                "firstName", "Java", "lastName", "Duke"));

        assertThat(client.get("/api/v1/users/" + user.id()).status()).isEqualTo(200);
        assertThatThrownBy(() -> okta.sandbox().createUser(Map.of("login",
                        "JAVA@example.com", "email", "java@example.com", "firstName", "J", "lastName", "D")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Api validation failed: login")
                .hasMessageContaining("already exists");
    }
}
