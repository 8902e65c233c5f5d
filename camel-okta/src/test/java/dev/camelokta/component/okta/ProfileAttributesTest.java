package dev.camelokta.component.okta;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelokta.component.okta.model.CreateUserRequest;
import dev.camelokta.component.okta.model.OktaTypeIdOption;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.model.UpdateUserRequest;
import dev.camelokta.component.okta.support.ContractSchemas;
import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.OktaSandboxExtension;
import dev.camelokta.sandbox.SandboxUser;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full profiles against the sandbox, whose schemas have custom attributes: standard and custom attributes created and
 * changed through the profile map, unknown ones refused before any write with the nearest known one, each user
 * type's own schema, one schema read for many calls, and listProfileAttributes.
 */
class ProfileAttributesTest extends CamelTestSupport {

    @RegisterExtension
    static final OktaSandboxExtension OKTA = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder()
                    .userType("Contractor", "contractor")
                    .customAttribute("costCentreCode", "string")
                    .customAttribute("contractor", "agency", "string"))
            .build();

    private String uri(String operation, String... options) {
        StringBuilder uri = new StringBuilder("okta:").append(operation).append("?baseUrl=").append(OKTA.baseUrl())
                .append("&apiToken=RAW(").append(OKTA.apiToken()).append(")");
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    private static Map<String, Object> ada(Map<String, Object> profile) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("first_name", "Ada", "last_name", "Lovelace",
                "email", "ada@example.com", "login", "ada@example.com"));
        body.put("profile", profile);
        return body;
    }

    private Exchange call(String uri, Object body) {
        return template.send(uri, exchange -> exchange.getMessage().setBody(body));
    }

    private static OktaUserResult result(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(OktaUserResult.class);
    }

    @Test
    void createsAUserWithStandardAndCustomAttributes(OktaSandbox sandbox) {
        OktaUserResult result = result(call(uri("createUser"),
                ada(Map.of("department", "R&D", "costCenter", "CC-42", "costCentreCode", "0042", "title", "Engineer"))));

        assertThat(result.isSuccess()).as(result.getError()).isTrue();
        SandboxUser stored = sandbox.findByLogin("ada@example.com").orElseThrow();
        assertThat(stored.profile()).containsEntry("department", "R&D").containsEntry("costCenter", "CC-42")
                .containsEntry("costCentreCode", "0042").containsEntry("title", "Engineer");
        assertThat(result.getUser().getProfile()).containsEntry("costCentreCode", "0042");
    }

    @Test
    void anUnknownAttributeIsRefusedBeforeAnyWriteNamingTheNearestKnownOne(OktaSandbox sandbox) {
        Exchange exchange = call(uri("createUser"), ada(Map.of("department", "R&D", "costCentre", "CC-42")));

        OktaUserResult result = result(exchange);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("Unknown profile attribute 'costCentre'")
                .contains("did you mean costCenter?").contains("okta:listProfileAttributes");
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isNull();
        assertThat(sandbox.counters().requests(Bucket.CREATE_USER)).isZero();
        assertThat(sandbox.userCount()).isZero();
    }

    @Test
    void severalUnknownAttributesAreAllNamed() {
        OktaUserResult result = result(call(uri("createUser"), ada(Map.of("deparment", "R&D", "first_name", "Ada"))));

        assertThat(result.getError()).contains("'deparment' (did you mean department?)")
                .contains("'first_name' (did you mean firstName?)");
    }

    @Test
    void eachUserTypeHasItsOwnSchema(OktaSandbox sandbox) {
        String contractor = sandbox.userType("contractor").id();

        Map<String, Object> withType = ada(Map.of("agency", "Babbage & Co"));
        withType.put("type_id", contractor);
        OktaUserResult created = result(call(uri("createUser"), withType));
        OktaUserResult refused = result(call(uri("createUser"), new HashMap<>(Map.of("first_name", "Bo", "last_name",
                "Lee", "email", "bo@example.com", "login", "bo@example.com", "profile", Map.of("agency", "X")))));

        assertThat(created.isSuccess()).as(created.getError()).isTrue();
        assertThat(sandbox.findByLogin("ada@example.com").orElseThrow().profile()).containsEntry("agency", "Babbage & Co");
        assertThat(refused.getError()).contains("Unknown profile attribute 'agency'").contains("the default user type");
    }

    @Test
    void anUnknownTypeIdIsAnInputErrorNamingListTypeIdOptions(OktaSandbox sandbox) {
        Map<String, Object> body = ada(Map.of("department", "R&D"));
        body.put("type_id", "otyNoSuchType00000000");

        OktaUserResult result = result(call(uri("createUser"), body));

        assertThat(result.getError()).contains("Unknown type_id 'otyNoSuchType00000000'").contains("listTypeIdOptions");
        assertThat(sandbox.counters().requests(Bucket.CREATE_USER)).isZero();
    }

    @Test
    void theSchemaIsReadOnceForManyCalls(OktaSandbox sandbox) {
        for (int i = 0; i < 5; i++) {
            OktaUserResult result = result(call(uri("createUser"), Map.of("first_name", "U" + i, "last_name", "L",
                    "email", "u" + i + "@example.com", "login", "u" + i + "@example.com",
                    "profile", Map.of("department", "D" + i))));
            assertThat(result.isSuccess()).as(result.getError()).isTrue();
        }

        assertThat(sandbox.counters().requests(Bucket.OTHER)).as("schema reads").isEqualTo(1);
        assertThat(sandbox.counters().requests(Bucket.CREATE_USER)).isEqualTo(5);
    }

    @Test
    void withATtlOfZeroTheSchemaIsReadEveryTime(OktaSandbox sandbox) {
        for (int i = 0; i < 3; i++) {
            result(call(uri("createUser", "schemaCacheTtl=0"), Map.of("first_name", "U" + i, "last_name", "L",
                    "email", "u" + i + "@example.com", "login", "u" + i + "@example.com",
                    "profile", Map.of("department", "D"))));
        }

        assertThat(sandbox.counters().requests(Bucket.OTHER)).isEqualTo(3);
    }

    @Test
    void aProfileOfOnlyTheCardsAttributesReadsNoSchema(OktaSandbox sandbox) {
        OktaUserResult result = result(call(uri("createUser"), ada(Map.of("mobilePhone", "+1-555-0100"))));

        assertThat(result.isSuccess()).as(result.getError()).isTrue();
        assertThat(sandbox.counters().requests(Bucket.OTHER)).isZero();
    }

    @Test
    void aCardKeyAndAProfileKeyWithDifferentValuesAreAnInputErrorNamingBoth(OktaSandbox sandbox) {
        OktaUserResult result = result(call(uri("createUser"), ada(Map.of("firstName", "Adeline"))));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("Conflicting firstName").contains("first_name is 'Ada'")
                .contains("profile.firstName is 'Adeline'");
        assertThat(sandbox.counters().totalRequests()).isZero();
    }

    @Test
    void theSameValueGivenBothWaysIsFineAndRequiredKeysMayComeInTheProfile(OktaSandbox sandbox) {
        OktaUserResult same = result(call(uri("createUser"), ada(Map.of("firstName", "Ada"))));
        OktaUserResult onlyProfile = result(call(uri("createUser"), Map.of("profile", Map.of("firstName", "Bo",
                "lastName", "Lee", "email", "bo@example.com", "login", "bo@example.com", "department", "Ops"))));

        assertThat(same.isSuccess()).as(same.getError()).isTrue();
        assertThat(onlyProfile.isSuccess()).as(onlyProfile.getError()).isTrue();
        assertThat(sandbox.findByLogin("bo@example.com").orElseThrow().profile()).containsEntry("department", "Ops");
    }

    @Test
    void theTypedRequestsTakeAProfile(OktaSandbox sandbox) {
        CreateUserRequest create = new CreateUserRequest("Ada", "Lovelace", "ada@example.com", "ada@example.com")
                .setProfile(Map.of("department", "R&D"));
        UpdateUserRequest update = new UpdateUserRequest("ada@example.com").setProfile(Map.of("costCenter", "CC-1"));

        assertThat(result(call(uri("createUser"), create)).isSuccess()).isTrue();
        assertThat(result(call(uri("updateUser"), update)).isSuccess()).isTrue();
        assertThat(sandbox.findByLogin("ada@example.com").orElseThrow().profile()).containsEntry("department", "R&D")
                .containsEntry("costCenter", "CC-1");
    }

    @Test
    void theProfileHeaderWorksAsTheBodyKey(OktaSandbox sandbox) {
        Exchange exchange = template.send(uri("createUser"), e -> {
            e.getMessage().setBody(ada(Map.of()).entrySet().stream().filter(entry -> !entry.getKey().equals("profile"))
                    .collect(HashMap::new, (m, entry) -> m.put(entry.getKey(), entry.getValue()), HashMap::putAll));
            e.getMessage().setHeader(OktaConstants.PROFILE, Map.of("costCenter", "CC-7"));
        });

        assertThat(result(exchange).isSuccess()).isTrue();
        assertThat(sandbox.findByLogin("ada@example.com").orElseThrow().profile()).containsEntry("costCenter", "CC-7");
    }

    @Test
    void aPartialUpdateChangesAndClearsAttributesAndChecksThem(OktaSandbox sandbox) {
        result(call(uri("createUser"), ada(Map.of("department", "R&D", "title", "Engineer"))));
        Map<String, Object> changes = new HashMap<>();
        changes.put("department", "Ops");
        changes.put("title", null);

        OktaUserResult updated = result(call(uri("updateUser"), Map.of("user_id", "ada@example.com", "profile", changes)));
        OktaUserResult typo = result(call(uri("updateUser"), Map.of("user_id", "ada@example.com",
                "profile", Map.of("departmnt", "X"))));

        assertThat(updated.isSuccess()).as(updated.getError()).isTrue();
        assertThat(sandbox.findByLogin("ada@example.com").orElseThrow().profile()).containsEntry("department", "Ops")
                .doesNotContainEntry("title", "Engineer");
        assertThat(typo.getError()).contains("'departmnt' (did you mean department?)");
        assertThat(sandbox.findByLogin("ada@example.com").orElseThrow().profile()).containsEntry("department", "Ops");
    }

    @Test
    void aPartialUpdateTakesTheCustomAttributesOfTheUsersOwnType(OktaSandbox sandbox) {
        Map<String, Object> contractor = ada(Map.of("agency", "A"));
        contractor.put("type_id", sandbox.userType("contractor").id());
        result(call(uri("createUser"), contractor));

        OktaUserResult updated = result(call(uri("updateUser"), Map.of("user_id", "ada@example.com",
                "profile", Map.of("agency", "B"))));
        OktaUserResult typo = result(call(uri("updateUser"), Map.of("user_id", "ada@example.com",
                "profile", Map.of("agncy", "C"))));

        assertThat(updated.isSuccess()).as(updated.getError()).isTrue();
        assertThat(sandbox.findByLogin("ada@example.com").orElseThrow().profile()).containsEntry("agency", "B");
        assertThat(typo.getError()).contains("'agncy' (did you mean agency?)").contains("user type oty");
    }

    @Test
    void aTypeChangeKeepsTheProfileAndAddsTheNewTypesAttributes(OktaSandbox sandbox) {
        result(call(uri("createUser"), ada(Map.of("department", "R&D"))));
        String contractor = sandbox.userType("contractor").id();

        OktaUserResult moved = result(call(uri("updateUser"), Map.of("user_id", "ada@example.com", "type_id", contractor,
                "profile", Map.of("agency", "Babbage & Co", "costCenter", "CC-9"))));

        assertThat(moved.isSuccess()).as(moved.getError()).isTrue();
        SandboxUser stored = sandbox.findByLogin("ada@example.com").orElseThrow();
        assertThat(stored.typeId()).isEqualTo(contractor);
        assertThat(stored.profile()).containsEntry("department", "R&D").containsEntry("agency", "Babbage & Co")
                .containsEntry("costCenter", "CC-9").containsEntry("firstName", "Ada");
    }

    @Test
    void listProfileAttributesGivesTheDefaultSchemaBaseFirst() {
        Exchange exchange = call(uri("listProfileAttributes"), null);

        OktaTypeIdOptionsResult result = exchange.getMessage().getBody(OktaTypeIdOptionsResult.class);
        assertThat(result.isSuccess()).as(result.getError()).isTrue();
        List<String> names = result.getOptions().stream().map(OktaTypeIdOption::getValue).toList();
        assertThat(names).startsWith("login").contains("department", "costCenter", "manager", "employeeNumber")
                .endsWith("costCentreCode").doesNotContain("agency");
        assertThat(result.getOptions()).allSatisfy(option -> assertThat(option.getLabel()).isNotBlank());
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(200);
        ContractSchemas.assertValid("list-profile-attributes", exchange.getMessage().getBody(String.class));
    }

    @Test
    void listProfileAttributesOfAType(OktaSandbox sandbox) {
        Exchange exchange = template.send(uri("list_profile_attributes"),
                e -> e.getMessage().setHeader("CamelOktaTypeId", sandbox.userType("contractor").id()));

        OktaTypeIdOptionsResult result = exchange.getMessage().getBody(OktaTypeIdOptionsResult.class);
        assertThat(result.getOptions()).extracting(OktaTypeIdOption::getValue).contains("login").endsWith("agency")
                .doesNotContain("costCentreCode");
        ContractSchemas.assertValid("list-profile-attributes", exchange.getMessage().getBody(String.class));
    }

    @Test
    void listProfileAttributesOfAnUnknownTypeFailsWithOktasError() {
        Exchange exchange = call(uri("listProfileAttributes"), Map.of("type_id", "otyNoSuchType00000000"));

        OktaTypeIdOptionsResult result = exchange.getMessage().getBody(OktaTypeIdOptionsResult.class);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getOptions()).isEmpty();
        assertThat(exchange.getMessage().getHeader(OktaConstants.ERROR_CODE)).isEqualTo("E0000007");
        ContractSchemas.assertValid("list-profile-attributes", exchange.getMessage().getBody(String.class));
    }
}
