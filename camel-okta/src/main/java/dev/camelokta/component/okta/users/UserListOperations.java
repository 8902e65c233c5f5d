package dev.camelokta.component.okta.users;

import java.util.List;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.model.OktaGroupPageResult;
import dev.camelokta.component.okta.model.OktaUserPageResult;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;
import dev.camelokta.component.okta.operation.UserLocator;
import dev.camelokta.component.okta.paging.ListHandler;

import static dev.camelokta.component.okta.paging.ListParameters.AFTER;
import static dev.camelokta.component.okta.paging.ListParameters.FILTER;
import static dev.camelokta.component.okta.paging.ListParameters.LIMIT;
import static dev.camelokta.component.okta.paging.ListParameters.ONE_QUERY;
import static dev.camelokta.component.okta.paging.ListParameters.Q;
import static dev.camelokta.component.okta.paging.ListParameters.SEARCH;
import static dev.camelokta.component.okta.paging.ListParameters.SINGLE_PAGE;
import static dev.camelokta.component.okta.users.UserParameters.USER_ID;

/**
 * The lists of users ({@code GET /api/v1/users}) and of a user's groups ({@code GET /api/v1/users/{id}/groups}).
 */
public final class UserListOperations {

    /** listUsers: Okta's spec declares search, filter, q, after and limit (among others). */
    static final RequestTemplate LIST_USERS_REQUEST = RequestTemplate.of("GET", "/api/v1/users", OktaRateLimitBucket.LIST_USERS)
            .query("search", "{search}").query("filter", "{filter}").query("q", "{q}")
            .query("after", "{after}").query("limit", "{limit}");

    /** listUserGroups: Okta's spec gives it no query parameter at all. */
    static final RequestTemplate LIST_USER_GROUPS_REQUEST = RequestTemplate.of("GET", "/api/v1/users/{user_id}/groups",
            OktaRateLimitBucket.OTHER);

    static final OperationDescriptor LIST_USERS = OperationDescriptor.of(OktaOperation.listUsers)
            .description("Lists the org's users, all or those a search, filter or q matches, as an Iterator that fetches "
                         + "each page as the route consumes it, or one page with single_page.")
            .parameters(
                    SEARCH.describedAs("An Okta search expression, e.g. profile.department eq \"Engineering\"; finds "
                                       + "DEPROVISIONED users too."),
                    FILTER.describedAs("An Okta filter expression on status, lastUpdated, id, login, email or names, "
                                       + "e.g. status eq \"ACTIVE\"."),
                    Q.describedAs("A simple query matched against the start of first name, last name and email; Okta "
                                  + "gives one page only."),
                    LIMIT.describedAs("The page size, 1 to 200 (Okta's default 200; 10 with q)."),
                    AFTER.describedAs("The cursor to start from: the after of a page result, or the resume cursor of a "
                                      + "failed page."),
                    SINGLE_PAGE.describedAs("true: the body is one page result with the after of the next page; false "
                                            + "(default): an Iterator of every user."))
            .rule(ONE_QUERY)
            .request(LIST_USERS_REQUEST)
            .handler(new ListHandler<>(OktaOperation.listUsers.name(), LIST_USERS_REQUEST, OktaResponses::users,
                    OktaUserPageResult::success))
            .result(ResultType.USER_PAGE)
            .oktaCall("`GET /api/v1/users?search=...&filter=...&q=...&after=...&limit=...` (the given ones), then each "
                      + "next page through the answer's `Link: <...>; rel=\"next\"`")
            .build();

    static final OperationDescriptor LIST_USER_GROUPS = OperationDescriptor.of(OktaOperation.listUserGroups)
            .description("Lists the groups a user is a member of, by the user's Okta user id, login or email.")
            .parameters(
                    USER_ID.asRequired().describedAs("The user whose groups to list (Okta user ID, login, or email)."),
                    SINGLE_PAGE.describedAs("true: the body is one page result; false (default): an Iterator of the "
                                            + "groups."))
            .request(LIST_USER_GROUPS_REQUEST)
            .handler(new ListHandler<>(OktaOperation.listUserGroups.name(), LIST_USER_GROUPS_REQUEST, (input, client) -> {
                String id = UserLocator.find(client, input.text(USER_ID)).user().getId();
                return name -> USER_ID.name().equals(name) ? id : input.value(name);
            }, OktaResponses::groups, OktaGroupPageResult::success))
            .result(ResultType.GROUP_PAGE)
            .oktaCall("`GET /api/v1/users/{id or login}` (as getUser), then `GET /api/v1/users/{id}/groups` with the "
                      + "user's id (Okta's spec gives it no paging)")
            .build();

    private UserListOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(LIST_USERS, LIST_USER_GROUPS);
    }
}
