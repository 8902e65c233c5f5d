package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.camelokta.sandbox.GroupStore.StoredGroup;
import dev.camelokta.sandbox.Memberships.Member;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The groups endpoints: list and search, add, get, list members, add and remove a member, and a user's groups. */
final class GroupOperations {

    static final String GROUPS_LIST = "groups";
    static final String MEMBERS_LIST = "members";
    /** Okta's page sizes: the spec's maximum for groups, and what it documents for {@code q}, which has no pages. */
    private static final int GROUPS_DEFAULT_LIMIT = 200;
    private static final int GROUPS_Q_DEFAULT_LIMIT = 300;
    private static final int GROUPS_MAX_LIMIT = 10_000;
    /** The spec's default for member lists ("a very high number due to historical reasons"). */
    private static final int MEMBERS_DEFAULT_LIMIT = 1000;
    private static final int MEMBERS_MAX_LIMIT = 10_000;

    private final GroupCommands commands;
    private final GroupStore groups;
    private final UserStore users;
    private final Memberships memberships;
    private final GroupJson groupJson;
    private final UserJson userJson;
    private final String baseUrl;

    GroupOperations(GroupCommands commands, GroupStore groups, UserStore users, Memberships memberships,
                    GroupJson groupJson, UserJson userJson, String baseUrl) {
        this.commands = commands;
        this.groups = groups;
        this.users = users;
        this.memberships = memberships;
        this.groupJson = groupJson;
        this.userJson = userJson;
        this.baseUrl = baseUrl;
    }

    /** {@code GET /api/v1/groups} with {@code search}, {@code filter}, {@code q}, {@code limit}, {@code after}. */
    ApiResponse list(ApiRequest request) {
        Predicate<SandboxGroup> matches = group -> true;
        if (request.query("search") != null) {
            matches = matches.and(GroupQuery.search(request.query("search")));
        }
        if (request.query("filter") != null) {
            matches = matches.and(GroupQuery.filter(request.query("filter")));
        }
        boolean q = request.query("q") != null;
        if (q) {
            String prefix = request.query("q").toLowerCase(Locale.ROOT);
            matches = matches.and(group -> group.name().toLowerCase(Locale.ROOT).startsWith(prefix));
        }
        PageRequest page = new PageRequest(request, GROUPS_LIST, baseUrl + "/api/v1/groups",
                List.of("search", "filter", "q"), q ? GROUPS_Q_DEFAULT_LIMIT : GROUPS_DEFAULT_LIMIT, GROUPS_MAX_LIMIT);
        List<StoredGroup> found = groups.page(page.after(), page.limit(), matches);
        ArrayNode body = Json.MAPPER.createArrayNode();
        found.stream().limit(page.limit()).forEach(stored -> body.add(groupJson.render(stored.group())));
        // Okta: "Paging and searching are currently mutually exclusive. You can't page a query."
        boolean more = found.size() > page.limit() && !q;
        return page.answer(body, more ? found.get(page.limit() - 1).sequence() : null);
    }

    /** {@code POST /api/v1/groups}: Okta answers 200 and the group. */
    ApiResponse create(ApiRequest request) {
        return ApiResponse.ok(groupJson.render(commands.create(request.body())));
    }

    /** {@code GET /api/v1/groups/{groupId}}. */
    ApiResponse get(ApiRequest request) {
        return ApiResponse.ok(groupJson.render(commands.requireGroup(request.segment(3))));
    }

    /** {@code GET /api/v1/groups/{groupId}/users}: the members as users of a list, in the order they joined. */
    ApiResponse members(ApiRequest request) {
        String groupId = request.segment(3);
        commands.requireGroup(groupId);
        PageRequest page = new PageRequest(request, MEMBERS_LIST + ":" + groupId,
                baseUrl + "/api/v1/groups/" + groupId + "/users", List.of(), MEMBERS_DEFAULT_LIMIT, MEMBERS_MAX_LIMIT);
        List<Member> found = memberships.members(groupId, page.after(), page.limit());
        ArrayNode body = Json.MAPPER.createArrayNode();
        found.stream().limit(page.limit()).forEach(member -> users.byId(member.userId())
                .ifPresent(stored -> body.add(userJson.renderListed(stored.user()))));
        boolean more = found.size() > page.limit();
        return page.answer(body, more ? found.get(page.limit() - 1).sequence() : null);
    }

    /** {@code PUT /api/v1/groups/{groupId}/users/{userId}}: 204, also when the user is a member already. */
    ApiResponse addMember(ApiRequest request) {
        commands.addMember(request.segment(3), request.segment(5));
        return ApiResponse.noContent();
    }

    /** {@code DELETE /api/v1/groups/{groupId}/users/{userId}}: 204, also when the user is no member. */
    ApiResponse removeMember(ApiRequest request) {
        commands.removeMember(request.segment(3), request.segment(5));
        return ApiResponse.noContent();
    }

    /**
     * {@code GET /api/v1/users/{id}/groups}: all the user's groups at once, in the order the user joined them. The
     * spec gives this operation no {@code limit} or {@code after}, so it has no pages.
     */
    ApiResponse groupsOfUser(ApiRequest request) {
        String key = request.segment(3);
        SandboxUser user = users.find(key).orElseThrow(() -> new OktaApiException(OktaError.userNotFound(key)));
        ArrayNode body = Json.MAPPER.createArrayNode();
        memberships.groupsOf(user.id()).forEach(groupId -> groups.byId(groupId)
                .ifPresent(group -> body.add(groupJson.render(group))));
        return ApiResponse.ok(body).withHeader("Link",
                "<" + baseUrl + "/api/v1/users/" + user.id() + "/groups>; rel=\"self\"");
    }
}
