package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.camelokta.sandbox.UserStore.StoredUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code GET /api/v1/users}: all users, or those matching {@code search}, {@code filter} or {@code q},
 * in creation order, {@code limit} at a time. Pages are chained as Okta does: {@code after} is the id of
 * the last user of the previous page, and a {@code Link: <...>; rel="next"} header points to the next page.
 */
final class ListUsersOperation implements ApiOperation {

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
        int limit = limit(request.query("limit"), request.query("q") == null ? DEFAULT_LIMIT : DEFAULT_Q_LIMIT);
        List<StoredUser> users = store.inCreationOrder();
        long afterSequence = afterSequence(users, request.query("after"));

        List<SandboxUser> page = new ArrayList<>(Math.min(limit, users.size()));
        boolean more = false;
        for (StoredUser stored : users) {
            if (stored.sequence() <= afterSequence || !matches.test(stored.user())) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(stored.user());
        }

        ArrayNode body = Json.MAPPER.createArrayNode();
        page.forEach(user -> body.add(json.renderListed(user)));
        ApiResponse response = ApiResponse.ok(body).withHeader("Link", link(request, limit, null, "self"));
        if (more) {
            response = response.withHeader("Link", link(request, limit, page.get(page.size() - 1).id(), "next"));
        }
        return response;
    }

    private static Predicate<SandboxUser> criteria(ApiRequest request) {
        Predicate<SandboxUser> matches = user -> true;
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

    private static int limit(String text, int defaultLimit) {
        if (text == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 1) {
                throw new OktaApiException(OktaError.invalidArgument("limit must be a positive number"));
            }
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw new OktaApiException(OktaError.invalidArgument("limit must be a positive number"));
        }
    }

    private static long afterSequence(List<StoredUser> users, String after) {
        if (after == null) {
            return 0;
        }
        return users.stream().filter(stored -> stored.user().id().equals(after)).mapToLong(StoredUser::sequence)
                .findFirst()
                .orElseThrow(() -> new OktaApiException(OktaError.invalidArgument("after is not a known cursor")));
    }

    private String link(ApiRequest request, int limit, String after, String relation) {
        StringBuilder url = new StringBuilder(baseUrl).append("/api/v1/users?limit=").append(limit);
        for (String name : List.of("search", "filter", "q")) {
            if (request.query(name) != null) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(request.query(name),
                        StandardCharsets.UTF_8));
            }
        }
        if (after != null) {
            url.append("&after=").append(after);
        }
        return "<" + url + ">; rel=\"" + relation + "\"";
    }
}
