package dev.camelokta.examples.provisioning.rest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.examples.provisioning.TestApplication;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.SandboxGroup;
import dev.camelokta.sandbox.SandboxUser;
import dev.camelokta.sandbox.UserStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle endpoints of the REST API (deactivate, group membership, the paged user search), over HTTP, against
 * the sandbox.
 */
class RestLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestApplication app = TestApplication.against(OktaSandbox.builder().group("Engineering"));

    @Test
    void deactivateDeactivatesTheUserAndIsASuccessTheSecondTimeToo() throws Exception {
        SandboxUser ken = app.okta().createUser(profile("ken"));

        HttpResponse<String> first = app.rest().post("/users/ken@example.com/deactivate", "");
        HttpResponse<String> second = app.rest().post("/users/" + ken.id() + "/deactivate", "");

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.at("/user/id").asText()).isEqualTo(ken.id());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(app.okta().findUser(ken.id()).orElseThrow().status()).isEqualTo(UserStatus.DEPROVISIONED);
    }

    @Test
    void deactivatingNobodyIs404() throws Exception {
        HttpResponse<String> response = app.rest().post("/users/nobody@example.com/deactivate", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("success").asBoolean()).isFalse();
    }

    @Test
    void putAndDeleteChangeAGroupsMembersIdempotently() throws Exception {
        SandboxUser dennis = app.okta().createUser(profile("dennis"));

        HttpResponse<String> put = app.rest().send(app.rest().request("/groups/Engineering/members/dennis@example.com")
                .PUT(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> putAgain = app.rest().send(app.rest().request("/groups/Engineering/members/" + dennis.id())
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(putAgain.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).get("user_id").asText()).isEqualTo(dennis.id());
        assertThat(groupNames(dennis)).contains("Engineering");

        HttpResponse<String> delete = app.rest().send(app.rest().request("/groups/Engineering/members/dennis@example.com")
                .DELETE());
        HttpResponse<String> deleteAgain = app.rest().send(app.rest().request("/groups/Engineering/members/dennis@example.com")
                .DELETE());

        assertThat(delete.statusCode()).isEqualTo(200);
        assertThat(deleteAgain.statusCode()).isEqualTo(200);
        assertThat(groupNames(dennis)).doesNotContain("Engineering");
    }

    @Test
    void anUnknownGroupIs404() throws Exception {
        app.okta().createUser(profile("bjarne"));

        HttpResponse<String> response = app.rest().send(app.rest().request("/groups/NoSuchGroup/members/bjarne@example.com")
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("success").asBoolean()).isFalse();
    }

    @Test
    void getUsersPagesThroughEveryUserWithTheAfterCursor() throws Exception {
        for (int i = 0; i < 5; i++) {
            app.okta().createUser(profile("pager" + i));
        }
        // Okta lists every user but the DEPROVISIONED ones when no search or filter is given
        long expected = app.okta().users().stream().filter(user -> user.status() != UserStatus.DEPROVISIONED).count();
        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 100; page++) { // bounded: far more pages than users / 2
            HttpResponse<String> response = app.rest().get("/users?limit=2" + (after == null ? "" : "&after=" + after));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            body.get("users").forEach(user -> seen.add(user.get("id").asText()));
            pageSizes.add(body.get("users").size());
            after = body.get("after").isNull() ? null : body.get("after").asText();
            if (after == null) {
                break;
            }
        }
        assertThat(after).isNull();
        assertThat(seen).hasSize((int) expected);
        assertThat(pageSizes.size()).isGreaterThanOrEqualTo(3);
        assertThat(pageSizes.get(0)).isEqualTo(2);
    }

    @Test
    void getUsersWithASearchGivesTheMatchingUsers() throws Exception {
        app.okta().createUser(profile("searched"));

        HttpResponse<String> response = app.rest().get(
                "/users?search=" + java.net.URLEncoder.encode("profile.login eq \"searched@example.com\"",
                        java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode users = JSON.readTree(response.body()).get("users");
        assertThat(users).hasSize(1);
        assertThat(users.get(0).at("/profile/login").asText()).isEqualTo("searched@example.com");
    }

    @Test
    void anInvalidLimitIs400() throws Exception {
        HttpResponse<String> response = app.rest().get("/users?limit=lots");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    private static List<String> groupNames(SandboxUser user) {
        return app.okta().groupsOf(user.id()).stream().map(SandboxGroup::name).toList();
    }

    private static Map<String, String> profile(String name) {
        return Map.of("firstName", name, "lastName", "Tester", "email", name + "@example.com", "login",
                name + "@example.com");
    }
}
