package dev.camelokta.component.okta.groups;

import java.util.List;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.model.OktaGroupPageResult;
import dev.camelokta.component.okta.model.OktaUserPageResult;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;
import dev.camelokta.component.okta.paging.ListHandler;

import static dev.camelokta.component.okta.paging.ListParameters.AFTER;
import static dev.camelokta.component.okta.paging.ListParameters.FILTER;
import static dev.camelokta.component.okta.paging.ListParameters.LIMIT;
import static dev.camelokta.component.okta.paging.ListParameters.ONE_QUERY;
import static dev.camelokta.component.okta.paging.ListParameters.Q;
import static dev.camelokta.component.okta.paging.ListParameters.SEARCH;
import static dev.camelokta.component.okta.paging.ListParameters.SINGLE_PAGE;

/**
 * The lists of groups ({@code GET /api/v1/groups}) and of a group's members ({@code GET /api/v1/groups/{groupId}/users}).
 */
public final class GroupListOperations {

    static final OperationParameter GROUP_ID = OperationParameter.string("group_id", "The Okta group id (00g...).")
            .pathSegment("an Okta group id (00g...)");

    /** listGroups: Okta's spec declares search, filter, q, after and limit (among others). */
    static final RequestTemplate LIST_GROUPS_REQUEST = RequestTemplate.of("GET", "/api/v1/groups", OktaRateLimitBucket.GROUPS)
            .query("search", "{search}").query("filter", "{filter}").query("q", "{q}")
            .query("after", "{after}").query("limit", "{limit}");

    /** listGroupUsers: Okta's spec declares after and limit. */
    static final RequestTemplate LIST_GROUP_MEMBERS_REQUEST = RequestTemplate.of("GET", "/api/v1/groups/{group_id}/users",
            OktaRateLimitBucket.GROUPS).query("after", "{after}").query("limit", "{limit}");

    static final OperationDescriptor LIST_GROUPS = OperationDescriptor.of(OktaOperation.listGroups)
            .description("Lists the org's groups, all or those a search, filter or q matches, as an Iterator that fetches "
                         + "each page as the route consumes it, or one page with single_page.")
            .parameters(
                    SEARCH.describedAs("An Okta search expression, e.g. profile.name sw \"Sales\" or type eq \"OKTA_GROUP\"."),
                    FILTER.describedAs("An Okta filter expression on id, type, lastUpdated or lastMembershipUpdated, "
                                       + "e.g. type eq \"OKTA_GROUP\"."),
                    Q.describedAs("A query matched against the start of group names; Okta gives one page only."),
                    LIMIT.describedAs("The page size (Okta recommends 200 at most)."),
                    AFTER.describedAs("The cursor to start from: the after of a page result, or the resume cursor of a "
                                      + "failed page."),
                    SINGLE_PAGE.describedAs("true: the body is one page result with the after of the next page; false "
                                            + "(default): an Iterator of every group."))
            .rule(ONE_QUERY)
            .request(LIST_GROUPS_REQUEST)
            .handler(new ListHandler<>(OktaOperation.listGroups.name(), LIST_GROUPS_REQUEST, OktaResponses::groups,
                    OktaGroupPageResult::success))
            .result(ResultType.GROUP_PAGE)
            .oktaCall("`GET /api/v1/groups?search=...&filter=...&q=...&after=...&limit=...` (the given ones), then each "
                      + "next page through the answer's `Link: <...>; rel=\"next\"`")
            .build();

    static final OperationDescriptor LIST_GROUP_MEMBERS = OperationDescriptor.of(OktaOperation.listGroupMembers)
            .description("Lists the users who are members of a group, as an Iterator that fetches each page as the route "
                         + "consumes it, or one page with single_page.")
            .parameters(
                    GROUP_ID.asRequired().describedAs("The Okta group id (00g...) of the group whose members to list."),
                    LIMIT.describedAs("The page size (Okta's default 1000; 200 recommended)."),
                    AFTER.describedAs("The cursor to start from: the after of a page result, or the resume cursor of a "
                                      + "failed page."),
                    SINGLE_PAGE.describedAs("true: the body is one page result with the after of the next page; false "
                                            + "(default): an Iterator of every member."))
            .request(LIST_GROUP_MEMBERS_REQUEST)
            .handler(new ListHandler<>(OktaOperation.listGroupMembers.name(), LIST_GROUP_MEMBERS_REQUEST,
                    OktaResponses::users, OktaUserPageResult::success))
            .result(ResultType.USER_PAGE)
            .oktaCall("`GET /api/v1/groups/{groupId}/users?after=...&limit=...` (the given ones), then each next page "
                      + "through the answer's `Link: <...>; rel=\"next\"`")
            .build();

    private GroupListOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(LIST_GROUPS, LIST_GROUP_MEMBERS);
    }
}
