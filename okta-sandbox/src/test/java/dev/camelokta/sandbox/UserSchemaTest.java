package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user profile schemas: Okta's base attributes, custom ones per user type, and profiles held to them. */
class UserSchemaTest {

    private static final List<String> OKTA_BASE = List.of("login", "firstName", "lastName", "middleName",
            "honorificPrefix", "honorificSuffix", "email", "title", "displayName", "nickName", "profileUrl",
            "secondEmail", "mobilePhone", "primaryPhone", "streetAddress", "city", "state", "zipCode", "countryCode",
            "postalAddress", "preferredLanguage", "locale", "timezone", "userType", "employeeNumber", "costCenter",
            "organization", "division", "department", "managerId", "manager");

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder()
                    .userType("Contractor", "contractor")
                    .customAttribute("costCentreCode", "string")
                    .customAttribute("isManager", "boolean")
                    .customAttribute("contractor", "agency", "string")
                    .customAttribute("contractor", "hourlyRate", "number"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void theDefaultSchemaHasOktasBaseAttributesAndTheDefaultTypesCustomOnes() {
        ApiCall schema = client.get("/api/v1/meta/schemas/user/default");

        assertThat(schema.status()).isEqualTo(200);
        JsonNode base = schema.json().path("definitions").path("base");
        assertThat(base.path("id").asText()).isEqualTo("#base");
        assertThat(fieldNames(base.path("properties"))).containsExactlyElementsOf(OKTA_BASE);
        assertThat(base.path("required")).extracting(JsonNode::asText)
                .containsExactly("login", "firstName", "lastName", "email");
        JsonNode login = base.path("properties").path("login");
        assertThat(login.path("title").asText()).isEqualTo("Username");
        assertThat(login.path("type").asText()).isEqualTo("string");
        assertThat(login.path("required").asBoolean()).isTrue();
        assertThat(login.path("mutability").asText()).isEqualTo("READ_WRITE");
        assertThat(base.path("properties").path("email").path("format").asText()).isEqualTo("email");
        JsonNode custom = schema.json().path("definitions").path("custom");
        assertThat(fieldNames(custom.path("properties"))).containsExactly("costCentreCode", "isManager");
        assertThat(custom.path("properties").path("isManager").path("type").asText()).isEqualTo("boolean");
        assertThat(schema.json().path("name").asText()).isEqualTo("user");
        assertThat(schema.json().path("properties").path("profile").path("allOf").get(1).path("$ref").asText())
                .isEqualTo("#/definitions/custom");
    }

    @Test
    void eachUserTypeLinksToItsOwnSchema() {
        UserType contractor = okta.sandbox().userType("contractor");
        String schemaUrl = client.get("/api/v1/meta/types/user/" + contractor.id()).json()
                .path("_links").path("schema").path("href").asText();

        ApiCall schema = client.get(schemaUrl.substring(okta.baseUrl().length()));

        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.json().path("name").asText()).isEqualTo("contractor");
        assertThat(fieldNames(schema.json().path("definitions").path("custom").path("properties")))
                .containsExactly("agency", "hourlyRate");
        assertThat(schema.json().path("_links").path("self").path("href").asText()).isEqualTo(schemaUrl);
        String defaultId = okta.sandbox().defaultUserType().id();
        assertThat(client.get("/api/v1/meta/schemas/user/osc" + defaultId.substring(3)).json())
                .isEqualTo(client.get("/api/v1/meta/schemas/user/default").json());
        ApiCall unknown = client.get("/api/v1/meta/schemas/user/oscNoSuchSchema00000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("E0000007");
    }

    @Test
    void customAttributesAreKeptForTheirTypeOnly() {
        String contractor = okta.sandbox().userType("contractor").id();

        ApiCall user = client.post("/api/v1/users", profileBody("{\"costCentreCode\":\"CC-7\",\"isManager\":true}"));
        ApiCall agencyOnDefault = client.post("/api/v1/users", profileBody("{\"agency\":\"Acme\"}"));
        ApiCall contractorUser = client.post("/api/v1/users", "{\"profile\":" + profile("c@example.com",
                "{\"agency\":\"Acme\",\"hourlyRate\":42.5}") + ",\"type\":{\"id\":\"" + contractor + "\"}}");

        assertThat(user.status()).as(user.body()).isEqualTo(200);
        assertThat(user.json().path("profile").path("costCentreCode").asText()).isEqualTo("CC-7");
        assertThat(agencyOnDefault.status()).isEqualTo(400);
        assertThat(contractorUser.status()).as(contractorUser.body()).isEqualTo(200);
        assertThat(contractorUser.json().path("profile").path("hourlyRate").asDouble()).isEqualTo(42.5);
    }

    @Test
    void createRefusesAPropertyTheSchemaDoesNotDefineAsOktaDoes() {
        ApiCall refused = client.post("/api/v1/users", profileBody("{\"favouriteColour\":\"red\",\"shoeSize\":9}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("E0000001");
        assertThat(refused.json().path("errorSummary").asText()).isEqualTo("Api validation failed: newUser");
        assertThat(refused.errorCauses()).containsExactly("Property name 'favouriteColour' is not defined in profile",
                "Property name 'shoeSize' is not defined in profile");
        assertThat(okta.sandbox().users()).isEmpty();
    }

    @Test
    void updateAndReplaceRefuseUndefinedPropertiesTooAndChangeNothing() {
        String path = "/api/v1/users/" + client.createUser(Profiles.of("isaac@example.com")).path("id").asText();

        ApiCall updated = client.post(path, "{\"profile\":{\"nickname\":\"Ike\"}}");
        ApiCall replaced = client.put(path, profileBody("{\"agency\":\"Acme\"}"));

        assertThat(updated.status()).isEqualTo(400);
        assertThat(updated.errorCauses()).containsExactly("Property name 'nickname' is not defined in profile");
        assertThat(replaced.status()).isEqualTo(400);
        assertThat(replaced.json().path("errorSummary").asText()).isEqualTo("Api validation failed: user");
        assertThat(okta.sandbox().findByLogin("isaac@example.com").orElseThrow().profile()).doesNotContainKey("nickname");
    }

    @Test
    void refusesAValueOfTheWrongTypeAndABaseStringOverItsLength() {
        ApiCall wrongType = client.post("/api/v1/users", profileBody("{\"isManager\":\"yes\",\"title\":7}"));
        ApiCall tooLong = client.post("/api/v1/users", profileBody("{\"mobilePhone\":\"" + "5".repeat(101) + "\"}"));
        ApiCall cleared = client.post("/api/v1/users", profileBody("{\"isManager\":null,\"title\":null}"));

        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorCauses()).containsExactly("isManager: Does not match the attribute's type: boolean",
                "title: Does not match the attribute's type: string");
        assertThat(tooLong.errorCauses()).containsExactly("mobilePhone: The field cannot be longer than 100 characters");
        assertThat(cleared.status()).as("null clears any attribute").isEqualTo(200);
    }

    @Test
    void theJavaCreateUserHoldsToTheSchemaToo() {
        assertThatThrownBy(() -> okta.sandbox().createUser(Map.of("login", "j@example.com", "email", "j@example.com",
                "firstName", "J", "lastName", "D", "agency", "Acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Property name 'agency' is not defined in profile");
    }

    @Test
    void theBuilderRefusesBadCustomAttributes() {
        assertThatThrownBy(() -> OktaSandbox.builder().customAttribute("1st", "string"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with a letter");
        assertThatThrownBy(() -> OktaSandbox.builder().customAttribute("size", "decimal"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string, boolean, integer");
        assertThatThrownBy(() -> OktaSandbox.builder().customAttribute("Email", "string").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> OktaSandbox.builder().customAttribute("partner", "x", "string").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No user type named 'partner'");
    }

    private static String profileBody(String extraJson) {
        return "{\"profile\":" + profile("isaac@example.com", extraJson) + "}";
    }

    /** A complete profile with the members of {@code extraJson} added. */
    private static String profile(String login, String extraJson) {
        String base = Profiles.of(login);
        return base.substring(0, base.length() - 1) + "," + extraJson.substring(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
