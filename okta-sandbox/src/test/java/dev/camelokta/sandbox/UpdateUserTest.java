package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UpdateUserTest {

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().userType("Contractor", "contractor"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    private JsonNode user;
    private String path;

    @BeforeEach
    void createUser() {
        user = client.createUser("{\"firstName\":\"Isaac\",\"lastName\":\"Brock\",\"email\":\"isaac@example.com\","
                + "\"login\":\"isaac@example.com\",\"mobilePhone\":\"555-415-1337\"}");
        path = "/api/v1/users/" + user.path("id").asText();
    }

    @Test
    void partialUpdateChangesTheSentFieldsAndKeepsTheOthers() {
        ApiCall updated = client.post(path, "{\"profile\":{\"firstName\":\"Ike\"}}");

        assertThat(updated.status()).isEqualTo(200);
        JsonNode profile = updated.json().path("profile");
        assertThat(profile.path("firstName").asText()).isEqualTo("Ike");
        assertThat(profile.path("lastName").asText()).isEqualTo("Brock");
        assertThat(profile.path("mobilePhone").asText()).isEqualTo("555-415-1337");
        assertThat(okta.sandbox().findUser(user.path("id").asText())).get().extracting(SandboxUser::firstName)
                .isEqualTo("Ike");
        assertThat(okta.sandbox().counters().requests(Bucket.UPDATE_USER)).isEqualTo(1);
    }

    @Test
    void updateKeepsCreationTimesAndMovesLastUpdated() {
        JsonNode updated = client.post(path, "{\"profile\":{\"firstName\":\"Ike\"}}").json();

        assertThat(updated.path("created").asText()).isEqualTo(user.path("created").asText());
        assertThat(updated.path("activated").asText()).isEqualTo(user.path("activated").asText());
        assertThat(updated.path("lastUpdated").asText()).isGreaterThanOrEqualTo(user.path("lastUpdated").asText());
    }

    @Test
    void partialUpdateFindsTheUserByLoginToo() {
        assertThat(client.post("/api/v1/users/ISAAC@example.com", "{\"profile\":{\"title\":\"Director\"}}").status())
                .isEqualTo(200);
    }

    @Test
    void partialUpdateValidatesLikeCreate() {
        client.createUser(Profiles.of("taken@example.com"));

        ApiCall duplicate = client.post(path, "{\"profile\":{\"login\":\"TAKEN@example.com\"}}");
        ApiCall badEmail = client.post(path, "{\"profile\":{\"email\":\"nope\"}}");
        ApiCall cleared = client.post(path, "{\"profile\":{\"lastName\":null}}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCauses())
                .containsExactly("login: An object with this field already exists in the current organization");
        assertThat(badEmail.errorCauses()).containsExactly("email: Does not match required pattern");
        assertThat(cleared.errorCauses()).containsExactly("lastName: The field cannot be left blank");
        assertThat(client.get(path).json().path("profile")).isEqualTo(user.path("profile"));
    }

    @Test
    void aNewLoginFreesTheOldOne() {
        client.post(path, "{\"profile\":{\"login\":\"isaac.new@example.com\"}}");

        assertThat(client.get("/api/v1/users/isaac.new@example.com").status()).isEqualTo(200);
        assertThat(client.get("/api/v1/users/isaac@example.com").status()).isEqualTo(404);
        assertThat(client.post("/api/v1/users", Profiles.body(Profiles.of("isaac@example.com"))).status())
                .isEqualTo(200);
    }

    @Test
    void partialUpdateRefusesAnotherTypeBecauseOktaChangesTypesOnlyWithPut() {
        String contractor = okta.sandbox().userType("contractor").id();
        String sameType = user.path("type").path("id").asText();

        ApiCall refused = client.post(path, "{\"type\":{\"id\":\"" + contractor + "\"}}");
        ApiCall allowed = client.post(path, "{\"type\":{\"id\":\"" + sameType + "\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000001");
        assertThat(refused.errorCauses()).containsExactly(
                "type: The user type can only be changed by a full replacement (PUT)");
        assertThat(allowed.status()).isEqualTo(200);
    }

    @Test
    void replaceDeletesTheFieldsThatAreNotSent() {
        ApiCall replaced = client.put(path, Profiles.body(Profiles.of("isaac@example.com", "Isaac", "Newman")));

        assertThat(replaced.status()).isEqualTo(200);
        JsonNode profile = replaced.json().path("profile");
        assertThat(profile.path("lastName").asText()).isEqualTo("Newman");
        assertThat(profile.has("mobilePhone")).isFalse();
        assertThat(client.get(path).json().path("profile").has("mobilePhone")).isFalse();
    }

    @Test
    void replaceMayChangeTheUserType() {
        String contractor = okta.sandbox().userType("contractor").id();

        ApiCall replaced = client.put(path, "{\"profile\":" + Profiles.of("isaac@example.com") + ",\"type\":{\"id\":\""
                + contractor + "\"}}");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("type").path("id").asText()).isEqualTo(contractor);
    }

    @Test
    void replaceRefusesMissingFieldsAndUnknownTypes() {
        ApiCall missing = client.put(path, "{\"profile\":{\"login\":\"isaac@example.com\",\"email\":\"isaac@example.com\"}}");
        ApiCall unknownType = client.put(path, "{\"profile\":" + Profiles.of("isaac@example.com")
                + ",\"type\":{\"id\":\"otyNoSuchType0000000\"}}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCauses()).containsExactly("firstName: The field cannot be left blank",
                "lastName: The field cannot be left blank");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.errorCauses()).containsExactly("type: The user type does not exist: otyNoSuchType0000000");
    }

    @Test
    void updatingAnUnknownUserAnswers404() {
        assertThat(client.post("/api/v1/users/00uNoSuchUser00000000", "{\"profile\":{}}").errorCode())
                .isEqualTo("E0000007");
        assertThat(client.put("/api/v1/users/nobody@example.com", Profiles.body(Profiles.of("x@example.com")))
                .status()).isEqualTo(404);
    }

    @Test
    void theEtagChangesWithEveryUpdate() {
        String created = client.get(path).header("ETag");
        ApiCall updated = client.post(path, "{\"profile\":{\"firstName\":\"Ike\"}}");
        ApiCall replaced = client.put(path, Profiles.body(Profiles.of("isaac@example.com")));

        assertThat(updated.header("ETag")).isNotEqualTo(created);
        assertThat(replaced.header("ETag")).isNotEqualTo(updated.header("ETag")).isNotEqualTo(created);
        assertThat(client.get(path).header("ETag")).isEqualTo(replaced.header("ETag"));
    }

    @Test
    void aCurrentIfMatchIsAccepted() {
        String etag = client.get(path).header("ETag");

        assertThat(client.postIfMatch(path, "{\"profile\":{\"firstName\":\"Ike\"}}", etag).status()).isEqualTo(200);
        assertThat(client.putIfMatch(path, Profiles.body(Profiles.of("isaac@example.com")), "*").status())
                .isEqualTo(200);
    }

    @Test
    void aStaleIfMatchAnswers412AndChangesNothing() {
        String stale = client.get(path).header("ETag");
        client.post(path, "{\"profile\":{\"firstName\":\"Ike\"}}");

        ApiCall partial = client.postIfMatch(path, "{\"profile\":{\"firstName\":\"Zed\"}}", stale);
        ApiCall full = client.putIfMatch(path, Profiles.body(Profiles.of("isaac@example.com", "Zed", "Zed")), stale);

        assertThat(partial.status()).isEqualTo(412);
        assertThat(partial.errorCode()).isEqualTo("E0000001");
        assertThat(partial.json().path("errorSummary").asText()).isEqualTo("Api validation failed: If-Match");
        assertThat(full.status()).isEqualTo(412);
        assertThat(client.get(path).json().path("profile").path("firstName").asText()).isEqualTo("Ike");
    }

    @Test
    void updateRefusesBodiesThatAreNotWellFormed() {
        assertThat(client.post(path, "{\"profile\":[]}").errorCode()).isEqualTo("E0000003");
        assertThat(client.put(path, "nope").errorCode()).isEqualTo("E0000003");
    }
}
