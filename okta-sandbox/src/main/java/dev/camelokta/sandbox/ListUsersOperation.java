package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.camelokta.sandbox.UserStore.StoredUser;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code GET /api/v1/users}: all users, or those matching {@code search}, {@code filter} or {@code q}, in creation
 * order, {@code limit} at a time (200 by default and at most). As Okta documents: without {@code search} or
 * {@code filter} the list leaves out DEPROVISIONED users, and {@code q} (10 by default) has no next page.
 */
final class ListUsersOperation implements ApiOperation {

    static final String LIST = "users";
    private static final int MAX_LIMIT = 200;
    private static final int DEFAULT_LIMIT = 200;
    /** Okta's default page size for the people-picker {@code q} query. */
    private static final int DEFAULT_Q_LIMIT = 10;

    private final UserStore store;
    private final UserJson json;
    private final String baseUrl;

    ListUsersOperation(UserStore store, UserJson json, String baseUrl) {
        this.store = store;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Predicate<SandboxUser> matches = criteria(request);
        boolean q = request.query("q") != null;
        PageRequest pageRequest = new PageRequest(request, LIST, baseUrl + "/api/v1/users",
                List.of("search", "filter", "q"), q ? DEFAULT_Q_LIMIT : DEFAULT_LIMIT, MAX_LIMIT);
        List<StoredUser> page = store.page(pageRequest.after(), pageRequest.limit(), matches);
        boolean more = page.size() > pageRequest.limit() && !q;

        ArrayNode body = Json.MAPPER.createArrayNode();
        page.stream().limit(pageRequest.limit()).forEach(stored -> body.add(json.renderListed(stored.user())));
        return pageRequest.answer(body, more ? page.get(pageRequest.limit() - 1).sequence() : null);
    }

    private static Predicate<SandboxUser> criteria(ApiRequest request) {
        Predicate<SandboxUser> matches = user -> true;
        if (request.query("search") == null && request.query("filter") == null) {
            matches = user -> user.status() != UserStatus.DEPROVISIONED;
        }
        if (request.query("search") != null) {
            matches = matches.and(UserQuery.search(request.query("search")));
        }
        if (request.query("filter") != null) {
            matches = matches.and(UserQuery.filter(request.query("filter")));
        }
        if (request.query("q") != null) {
            matches = matches.and(startsWithNameOrEmail(request.query("q").toLowerCase(Locale.ROOT)));
        }
        return matches;
    }

    /** Okta's {@code q}: a prefix of the first name, last name or email, ignoring case. */
    private static Predicate<SandboxUser> startsWithNameOrEmail(String prefix) {
        return user -> startsWith(user.firstName(), prefix) || startsWith(user.lastName(), prefix)
                || startsWith(user.email(), prefix);
    }

    private static boolean startsWith(String value, String prefix) {
        return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix);
    }
}
