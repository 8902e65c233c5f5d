package dev.camelokta.component.okta;

import java.util.Map;

import dev.camelokta.component.okta.model.OktaGroupResult;
import dev.camelokta.component.okta.model.OktaMembershipResult;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.OktaSandboxExtension;
import dev.camelokta.sandbox.SandboxGroup;
import dev.camelokta.sandbox.SandboxUser;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups and memberships against the Okta sandbox, which keeps them as Okta does: a group created and read back by id
 * and by name, members added twice and removed twice, and unknown groups and users.
 */
class GroupsSandboxTest extends CamelTestSupport {

    @RegisterExtension
    static final OktaSandboxExtension OKTA = OktaSandboxExtension.builder().build();

    @Test
    void aGroupCreatedIsReadBackByIdAndByName() {
        Exchange created = call("createGroup", Map.of("name", "Engineering", "description", "Builds things"), Map.of());

        OktaGroupResult result = created.getMessage().getBody(OktaGroupResult.class);
        assertThat(result.getError()).isNull();
        String id = result.getGroup().getId();
        assertThat(id).matches("00g[0-9A-Za-z]{17}");
        assertThat(result.getGroup().getType()).isEqualTo("OKTA_GROUP");
        assertThat(result.getGroup().getProfile()).containsEntry("name", "Engineering")
                .containsEntry("description", "Builds things");
        assertThat(created.getMessage().getHeader(OktaConstants.GROUP_ID)).isEqualTo(id);
        assertThat(OKTA.sandbox().group("Engineering").id()).isEqualTo(id);

        OktaGroupResult byId = call("getGroup", id, Map.of()).getMessage().getBody(OktaGroupResult.class);
        OktaGroupResult byName = call("getGroup", "engineering", Map.of()).getMessage().getBody(OktaGroupResult.class);

        assertThat(byId.getGroup().getId()).isEqualTo(id);
        assertThat(byName.getError()).isNull();
        assertThat(byName.getGroup().getId()).as("Okta's group names ignore case").isEqualTo(id);
        assertThat(byId.getGroup().getCreated()).isEqualTo(result.getGroup().getCreated());
    }

    @Test
    void aSecondGroupOfTheSameNameIsRefused() {
        OKTA.sandbox().createGroup("Engineering", null);

        Exchange exchange = call("createGroup", Map.of("name", "ENGINEERING"), Map.of());

        assertThat(exchange.getMessage().getBody(OktaGroupResult.class).getError())
                .startsWith("HTTP 400 E0000001 Api validation failed: name")
                .endsWith("a group named 'ENGINEERING' exists already (Okta's group names ignore case); getGroup reads it");
        assertThat(OKTA.sandbox().groups()).hasSize(1);
    }

    @Test
    void addingTwiceAndRemovingTwiceAreAllSuccesses(OktaSandbox sandbox) {
        SandboxUser ada = ada(sandbox);
        SandboxGroup engineering = sandbox.createGroup("Engineering", "Builds things");
        Map<String, Object> byLoginAndName = Map.of("user_id", "ada@example.com", "group_id", "Engineering");

        for (int i = 0; i < 2; i++) {
            OktaMembershipResult added = membership("addUserToGroup", byLoginAndName);
            assertThat(added.getError()).as("add #%d", i + 1).isNull();
            assertThat(added.getGroupId()).isEqualTo(engineering.id());
            assertThat(added.getUserId()).isEqualTo(ada.id());
            assertThat(sandbox.members(engineering.id())).extracting(SandboxUser::id).containsExactly(ada.id());
        }
        for (int i = 0; i < 2; i++) {
            OktaMembershipResult removed = membership("removeUserFromGroup",
                    Map.of("user_id", ada.id(), "group_id", engineering.id()));
            assertThat(removed.getError()).as("remove #%d", i + 1).isNull();
            assertThat(sandbox.members(engineering.id())).isEmpty();
        }
    }

    @Test
    void aUserJustCreatedJoinsAGroupJustCreatedThroughTheHeaders(OktaSandbox sandbox) {
        Exchange exchange = template.send(uri("createGroup"), e -> e.getMessage().setHeader(OktaConstants.NAME, "Joiners"));
        String groupId = exchange.getMessage().getHeader(OktaConstants.GROUP_ID, String.class);
        exchange.getMessage().setBody(Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com",
                "login", "ada@example.com"));
        template.send(uri("createUser"), exchange);
        assertThat(exchange.getMessage().getBody(OktaUserResult.class).getError()).isNull();
        exchange.getMessage().setBody(null);

        template.send(uri("addUserToGroup"), exchange);

        OktaMembershipResult result = exchange.getMessage().getBody(OktaMembershipResult.class);
        assertThat(result.getError()).isNull();
        assertThat(sandbox.members(groupId)).extracting(SandboxUser::login).containsExactly("ada@example.com");
    }

    @Test
    void anUnknownGroupIsAFailureNamingIt(OktaSandbox sandbox) {
        ada(sandbox);

        Exchange exchange = call("addUserToGroup", Map.of("user_id", "ada@example.com", "group_id", "00gnotagroup00000000"),
                Map.of());

        assertThat(exchange.getMessage().getBody(OktaMembershipResult.class).getError())
                .isEqualTo("HTTP 404 E0000007 Not found: Resource not found: 00gnotagroup00000000 (UserGroup)");
        assertThat(exchange.getMessage().getHeader(OktaConstants.HTTP_STATUS)).isEqualTo(404);
    }

    @Test
    void anUnknownGroupNameIsAFailureNamingIt(OktaSandbox sandbox) {
        ada(sandbox);

        OktaMembershipResult result = membership("removeUserFromGroup",
                Map.of("user_id", "ada@example.com", "group_id", "Nobody's group"));

        assertThat(result.getError()).startsWith("No Okta group is named 'Nobody's group'");
    }

    @Test
    void anUnknownUserIsAFailureNamingIt(OktaSandbox sandbox) {
        SandboxGroup engineering = sandbox.createGroup("Engineering", null);

        for (String operation : new String[] { "addUserToGroup", "removeUserFromGroup" }) {
            OktaMembershipResult result = membership(operation,
                    Map.of("user_id", "grace@example.com", "group_id", engineering.id()));
            assertThat(result.getError()).as(operation)
                    .isEqualTo("HTTP 404 E0000007 Not found: Resource not found: grace@example.com (User)");
        }
        assertThat(sandbox.members(engineering.id())).isEmpty();
    }

    private static SandboxUser ada(OktaSandbox sandbox) {
        return sandbox.createUser(Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com",
                "login", "ada@example.com"));
    }

    private OktaMembershipResult membership(String operation, Map<String, Object> body) {
        Exchange exchange = call(operation, body, Map.of());
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(OktaMembershipResult.class);
    }

    private Exchange call(String operation, Object body, Map<String, Object> headers) {
        return template.send(uri(operation), exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
    }

    private static String uri(String operation) {
        return "okta:" + operation + "?baseUrl=" + OKTA.baseUrl() + "&apiToken=RAW(" + OKTA.apiToken() + ")&maxRetries=0";
    }
}
