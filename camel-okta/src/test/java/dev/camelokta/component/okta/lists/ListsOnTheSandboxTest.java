package dev.camelokta.component.okta.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelokta.component.okta.OktaConstants;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OktaPageException;
import dev.camelokta.component.okta.model.OktaGroup;
import dev.camelokta.component.okta.model.OktaGroupPageResult;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserPageResult;
import dev.camelokta.component.okta.operation.OperationSchemas;
import dev.camelokta.component.okta.OktaOperations;
import dev.camelokta.component.okta.paging.OktaPageIterator;
import dev.camelokta.sandbox.Bucket;
import dev.camelokta.sandbox.OktaSandbox;
import dev.camelokta.sandbox.OktaSandboxExtension;
import dev.camelokta.sandbox.SandboxGroup;
import dev.camelokta.sandbox.SandboxUser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four lists against the sandbox, which pages as Okta does: every user, group and member walked through a split,
 * page after page, and each result valid against the output schema the jar ships.
 */
class ListsOnTheSandboxTest extends CamelTestSupport {

    @RegisterExtension
    static final OktaSandboxExtension OKTA = OktaSandboxExtension.builder()
            .sandbox(OktaSandbox.builder().seedUsers(25).group("Engineering", "Builds things").group("Sales"))
            .build();

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final List<Object> walked = new CopyOnWriteArrayList<>();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:walk")
                        .toD("okta:${header.list}?baseUrl=" + OKTA.baseUrl() + "&apiToken=RAW(" + OKTA.apiToken() + ")&maxRetries=0")
                        .split(body()).streaming()
                            .process(exchange -> walked.add(exchange.getMessage().getBody()))
                        .end();
            }
        };
    }

    @Test
    void listUsersWalksEverySeededUserPageByPage() {
        walk("listUsers", Map.of(OktaConstants.LIMIT, 7));

        assertThat(walked).extracting(user -> ((OktaUser) user).getId())
                .containsExactlyElementsOf(OKTA.sandbox().users().stream().map(SandboxUser::id).toList());
        assertThat(OKTA.sandbox().counters().requests(Bucket.LIST_USERS)).as("ceil(25 / 7) pages").isEqualTo(4);
    }

    @Test
    void listUsersWithASearchPagesTheMatchesOnly() {
        walk("listUsers", Map.of(OktaConstants.SEARCH, "profile.login sw \"seed.user1\"", OktaConstants.LIMIT, 3));

        assertThat(walked).extracting(user -> ((OktaUser) user).getProfile().get("login").toString())
                .allSatisfy(login -> assertThat(login).startsWith("seed.user1")).hasSize(11); // 1, 10-19
    }

    @Test
    void aSandboxFailureMidStreamIsResumedFromItsCursorWithNothingLostOrTwice() {
        Exchange first = template.send(uri("listUsers", "singlePage=false"), exchange ->
                exchange.getMessage().setHeader(OktaConstants.LIMIT, 10));
        @SuppressWarnings("unchecked")
        OktaPageIterator<OktaUser> users = first.getMessage().getBody(OktaPageIterator.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(users.next().getId());
        }
        OKTA.sandbox().failNextRequests(Bucket.LIST_USERS, 1);

        OktaPageException failure = null;
        try {
            for (int bound = 0; users.hasNext() && bound < 100; bound++) {
                ids.add(users.next().getId());
            }
        } catch (OktaPageException e) {
            failure = e;
        }
        assertThat(failure).as("the page that failed").isNotNull();
        assertThat(failure.getHttpStatus()).isEqualTo(503);
        walk("listUsers", Map.of(OktaConstants.LIMIT, 10, OktaConstants.AFTER, failure.getResumeCursor()));
        walked.forEach(user -> ids.add(((OktaUser) user).getId()));

        assertThat(ids).containsExactlyElementsOf(OKTA.sandbox().users().stream().map(SandboxUser::id).toList());
    }

    @Test
    void listGroupsWalksEveryGroup() {
        walk("listGroups", Map.of(OktaConstants.LIMIT, 1));

        assertThat(walked).extracting(group -> ((OktaGroup) group).getProfile().get("name"))
                .containsExactly("Engineering", "Sales");
        assertThat(OKTA.sandbox().counters().requests(Bucket.GROUPS)).isEqualTo(2);
    }

    @Test
    void listGroupMembersWalksTheMembersInTheOrderTheyJoined() {
        SandboxGroup engineering = OKTA.sandbox().group("Engineering");
        List<SandboxUser> users = OKTA.sandbox().users();
        for (int i = 0; i < 5; i++) {
            OKTA.sandbox().addToGroup(engineering.id(), users.get(i).id());
        }

        walk("listGroupMembers", Map.of(OktaConstants.GROUP_ID, engineering.id(), OktaConstants.LIMIT, 2));

        assertThat(walked).extracting(user -> ((OktaUser) user).getId())
                .containsExactlyElementsOf(users.subList(0, 5).stream().map(SandboxUser::id).toList());
    }

    @Test
    void listUserGroupsFindsTheUserByLoginAndListsByItsId() {
        SandboxUser user = OKTA.sandbox().users().get(3);
        OKTA.sandbox().addToGroup(OKTA.sandbox().group("Sales").id(), user.id());

        Exchange exchange = template.send(uri("listUserGroups", "singlePage=true"), e ->
                e.getMessage().setHeader(OktaConstants.USER_ID, user.login()));
        OktaGroupPageResult result = exchange.getMessage().getBody(OktaGroupPageResult.class);

        assertThat(result.isSuccess()).as(result.getError()).isTrue();
        assertThat(result.getGroups()).extracting(OktaGroup::getId).containsExactly(OKTA.sandbox().group("Sales").id());
        assertThat(result.getAfter()).isNull();
        assertValid(OktaOperation.listUserGroups, result.toString());
    }

    @Test
    void listUserGroupsOfNoSuchUserIsAFailedResult() {
        Exchange exchange = template.send(uri("listUserGroups"), e ->
                e.getMessage().setHeader(OktaConstants.USER_ID, "nobody@example.com"));
        OktaGroupPageResult result = exchange.getMessage().getBody(OktaGroupPageResult.class);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getError()).contains("E0000007");
        assertValid(OktaOperation.listUserGroups, result.toString());
    }

    @Test
    void pageResultsAndFailuresAreValidAgainstTheShippedSchemas() {
        OktaUserPageResult users = template.send(uri("listUsers", "singlePage=true"),
                e -> e.getMessage().setHeader(OktaConstants.LIMIT, 2)).getMessage().getBody(OktaUserPageResult.class);
        OktaGroupPageResult groups = template.send(uri("listGroups", "singlePage=true"),
                e -> e.getMessage().setHeader(OktaConstants.LIMIT, 1)).getMessage().getBody(OktaGroupPageResult.class);
        OktaUserPageResult members = template.send(uri("listGroupMembers", "singlePage=true"),
                e -> e.getMessage().setHeader(OktaConstants.GROUP_ID, "00gNoSuchGroup")).getMessage()
                .getBody(OktaUserPageResult.class);
        OktaGroupPageResult refused = template.send(uri("listGroups"),
                e -> e.getMessage().setBody(Map.of("q", "x", "filter", "type eq \"OKTA_GROUP\""))).getMessage()
                .getBody(OktaGroupPageResult.class);

        assertThat(users.getUsers()).hasSize(2);
        assertThat(users.getAfter()).isNotBlank();
        assertValid(OktaOperation.listUsers, users.toString());
        assertThat(groups.getGroups()).hasSize(1);
        assertValid(OktaOperation.listGroups, groups.toString());
        assertThat(members.isSuccess()).isFalse();
        assertValid(OktaOperation.listGroupMembers, members.toString());
        assertThat(refused.getError()).startsWith("Several queries for okta:listGroups");
        assertValid(OktaOperation.listGroups, refused.toString());
    }

    private void walk(String list, Map<String, Object> headers) {
        walked.clear();
        Exchange exchange = template.send("direct:walk", e -> {
            e.getMessage().setHeader("list", list);
            e.getMessage().getHeaders().putAll(headers);
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(OktaConstants.SUCCESS)).isEqualTo(true);
    }

    private static String uri(String operation, String... options) {
        return "okta:" + operation + "?baseUrl=" + OKTA.baseUrl() + "&apiToken=RAW(" + OKTA.apiToken() + ")&maxRetries=0"
               + (options.length == 0 ? "" : "&" + String.join("&", options));
    }

    private static void assertValid(OktaOperation operation, String json) {
        String schema = OperationSchemas.output(OktaOperations.descriptor(operation)).toString();
        assertThat(SCHEMAS.getSchema(schema).validate(json, InputFormat.JSON)).as("%s output schema violations of %s",
                operation, json).isEmpty();
    }
}
