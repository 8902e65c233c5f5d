package dev.camelokta.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelokta.sandbox.SandboxClient.ApiCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Groups, their members and a user's groups: Okta's JSON, errors and idempotent membership changes. */
class GroupsTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @RegisterExtension
    static final OktaSandboxExtension okta = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().group("Engineering", "Builds things").group("Sales"))
            .build();
    static final SandboxClient client = SandboxClient.of(okta);

    @Test
    void createsAnOktaGroupAndAnswersWithOktasGroupJson() {
        ApiCall created = client.post("/api/v1/groups",
                "{\"profile\":{\"name\":\"West Coast users\",\"description\":\"All users West of The Rockies\"}}");

        assertThat(created.status()).isEqualTo(200);
        JsonNode group = created.json();
        String id = group.path("id").asText();
        assertThat(id).matches("00g[A-Za-z0-9]{17}");
        assertThat(group.path("type").asText()).isEqualTo("OKTA_GROUP");
        assertThat(group.path("objectClass").get(0).asText()).isEqualTo("okta:user_group");
        assertThat(group.path("created").asText()).matches(TIMESTAMP);
        assertThat(group.path("lastUpdated").asText()).isEqualTo(group.path("created").asText());
        assertThat(group.path("lastMembershipUpdated").asText()).matches(TIMESTAMP);
        assertThat(group.path("profile").path("name").asText()).isEqualTo("West Coast users");
        assertThat(group.path("profile").path("description").asText()).isEqualTo("All users West of The Rockies");
        assertThat(group.path("_links").path("users").path("href").asText())
                .isEqualTo(okta.baseUrl() + "/api/v1/groups/" + id + "/users");
        assertThat(group.path("_links").path("logo").size()).isEqualTo(2);
        assertThat(client.get("/api/v1/groups/" + id).json()).isEqualTo(group);
        assertThat(okta.sandbox().group("west coast USERS").id()).isEqualTo(id);
    }

    @Test
    void refusesADuplicateNameABlankNameAndAnUndefinedProperty() {
        ApiCall duplicate = client.post("/api/v1/groups", "{\"profile\":{\"name\":\"engineering\"}}");
        ApiCall blank = client.post("/api/v1/groups", "{\"profile\":{\"name\":\" \"}}");
        ApiCall undefined = client.post("/api/v1/groups", "{\"profile\":{\"name\":\"X\",\"colour\":\"red\"}}");
        ApiCall malformed = client.post("/api/v1/groups", "{\"profile\":\"X\"}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("E0000001");
        assertThat(duplicate.json().path("errorSummary").asText()).isEqualTo("Api validation failed: name");
        assertThat(duplicate.errorCauses())
                .containsExactly("name: An object with this field already exists in the current organization");
        assertThat(blank.errorCauses()).containsExactly("name: The field cannot be left blank");
        assertThat(undefined.errorCauses()).containsExactly("Property name 'colour' is not defined in profile");
        assertThat(malformed.errorCode()).isEqualTo("E0000003");
        assertThat(okta.sandbox().groups()).extracting(SandboxGroup::name).containsExactly("Engineering", "Sales");
    }

    @Test
    void listsSearchesFiltersAndFindsGroups() {
        client.post("/api/v1/groups", "{\"profile\":{\"name\":\"Engineering Managers\"}}");

        assertThat(names(client.get("/api/v1/groups"))).containsExactly("Engineering", "Sales", "Engineering Managers");
        assertThat(names(client.get("/api/v1/groups?q=eng"))).containsExactly("Engineering", "Engineering Managers");
        assertThat(names(search("profile.name sw \"engineering m\""))).containsExactly("Engineering Managers");
        assertThat(names(search("profile.description co \"things\""))).containsExactly("Engineering");
        assertThat(names(client.get("/api/v1/groups?filter=" + encode("type eq \"OKTA_GROUP\""))))
                .hasSize(3);
        assertThat(client.get("/api/v1/groups?filter=" + encode("profile.name eq \"Sales\"")).errorCode())
                .as("filter allows only what Okta documents").isEqualTo("E0000031");
        assertThat(client.get("/api/v1/groups?colour=red").errorCode()).isEqualTo("E0000002");
    }

    @Test
    void unknownGroupsAnswer404() {
        ApiCall missing = client.get("/api/v1/groups/00gNoSuchGroup0000000");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("E0000007");
        assertThat(missing.json().path("errorSummary").asText())
                .isEqualTo("Not found: Resource not found: 00gNoSuchGroup0000000 (UserGroup)");
    }

    @Test
    void addingAMemberTwiceAndRemovingTwiceAnswers204EachTime() {
        String group = okta.sandbox().group("Engineering").id();
        String user = client.createUser(Profiles.of("isaac@example.com")).path("id").asText();
        String path = "/api/v1/groups/" + group + "/users/" + user;
        String membershipUpdated = client.get("/api/v1/groups/" + group).json().path("lastMembershipUpdated").asText();

        ApiCall added = client.send("PUT", path, null);
        ApiCall addedAgain = client.send("PUT", path, null);

        assertThat(added.status()).isEqualTo(204);
        assertThat(added.body()).isEmpty();
        assertThat(addedAgain.status()).isEqualTo(204);
        assertThat(okta.sandbox().members(group)).extracting(SandboxUser::id).containsExactly(user);
        assertThat(client.get("/api/v1/groups/" + group).json().path("lastMembershipUpdated").asText())
                .isGreaterThanOrEqualTo(membershipUpdated);

        ApiCall removed = client.send("DELETE", path, null);
        ApiCall removedAgain = client.send("DELETE", path, null);

        assertThat(removed.status()).isEqualTo(204);
        assertThat(removedAgain.status()).as("removing a non-member is no error").isEqualTo(204);
        assertThat(okta.sandbox().members(group)).isEmpty();
    }

    @Test
    void membershipOfAnUnknownGroupOrUserAnswers404() {
        String group = okta.sandbox().group("Engineering").id();
        String user = client.createUser(Profiles.of("isaac@example.com")).path("id").asText();

        ApiCall unknownGroup = client.send("PUT", "/api/v1/groups/00gNoSuchGroup0000000/users/" + user, null);
        ApiCall unknownUser = client.send("PUT", "/api/v1/groups/" + group + "/users/00uNoSuchUser00000000", null);
        ApiCall removeUnknown = client.send("DELETE", "/api/v1/groups/" + group + "/users/00uNoSuchUser00000000", null);

        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.json().path("errorSummary").asText()).endsWith("(UserGroup)");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.json().path("errorSummary").asText()).endsWith("(User)");
        assertThat(removeUnknown.status()).isEqualTo(404);
    }

    @Test
    void listsAGroupsMembersAndAUsersGroups() {
        String engineering = okta.sandbox().group("Engineering").id();
        String sales = okta.sandbox().group("Sales").id();
        String isaac = client.createUser(Profiles.of("isaac@example.com")).path("id").asText();
        String ann = client.createUser(Profiles.of("ann@example.com", "Ann", "Lee")).path("id").asText();
        client.send("PUT", "/api/v1/groups/" + sales + "/users/" + isaac, null);
        client.send("PUT", "/api/v1/groups/" + engineering + "/users/" + isaac, null);
        client.send("PUT", "/api/v1/groups/" + engineering + "/users/" + ann, null);

        ApiCall members = client.get("/api/v1/groups/" + engineering + "/users");
        ApiCall groupsOfIsaac = client.get("/api/v1/users/isaac@example.com/groups");

        assertThat(members.status()).isEqualTo(200);
        List<String> logins = new ArrayList<>();
        members.json().forEach(user -> logins.add(user.path("profile").path("login").asText()));
        assertThat(logins).containsExactly("isaac@example.com", "ann@example.com");
        assertThat(members.json().get(0).path("_links").size()).as("listed users carry only self").isEqualTo(1);
        assertThat(names(groupsOfIsaac)).containsExactly("Sales", "Engineering");
        assertThat(groupsOfIsaac.headers().allValues("Link")).containsExactly(
                "<" + okta.baseUrl() + "/api/v1/users/" + isaac + "/groups>; rel=\"self\"");
        assertThat(okta.sandbox().groupsOf(ann)).extracting(SandboxGroup::name).containsExactly("Engineering");
        assertThat(client.get("/api/v1/users/nobody@example.com/groups").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/users/" + isaac + "/groups?limit=1").errorCode())
                .as("the spec gives this list no parameters").isEqualTo("E0000002");
    }

    @Test
    void groupEndpointsCountInOktasGroupBuckets() {
        String group = okta.sandbox().group("Sales").id();
        String user = client.createUser(Profiles.of("isaac@example.com")).path("id").asText();

        client.get("/api/v1/groups");
        client.send("PUT", "/api/v1/groups/" + group + "/users/" + user, null);
        client.get("/api/v1/groups/" + group + "/users");
        client.get("/api/v1/groups/" + group);

        assertThat(okta.sandbox().counters().requests(Bucket.GROUPS)).isEqualTo(3);
        assertThat(okta.sandbox().counters().requests(Bucket.GROUP)).isEqualTo(1);
    }

    @Test
    void theBuildersGroupsComeBackWithTheirIdsAfterAReset() {
        SandboxGroup engineering = okta.sandbox().group("Engineering");
        client.post("/api/v1/groups", "{\"profile\":{\"name\":\"Temporary\"}}");
        okta.sandbox().addToGroup(engineering.id(), client.createUser(Profiles.of("x@example.com")).path("id").asText());

        okta.sandbox().reset();

        assertThat(okta.sandbox().groups()).extracting(SandboxGroup::name).containsExactly("Engineering", "Sales");
        assertThat(okta.sandbox().group("Engineering").id()).isEqualTo(engineering.id());
        assertThat(okta.sandbox().group("Engineering").description()).isEqualTo("Builds things");
        assertThat(okta.sandbox().members(engineering.id())).isEmpty();
        assertThatThrownBy(() -> okta.sandbox().group("Temporary")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Engineering");
        assertThatThrownBy(() -> OktaSandbox.builder().group("Twice").group("twice").start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    }

    private static ApiCall search(String expression) {
        return client.get("/api/v1/groups?search=" + encode(expression));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(ApiCall list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.json().forEach(group -> names.add(group.path("profile").path("name").asText()));
        return names;
    }
}
