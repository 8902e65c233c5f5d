package dev.camelokta.component.okta.groups;

import java.util.Map;

import dev.camelokta.component.okta.http.OktaRateLimitBucket;
import dev.camelokta.component.okta.http.OktaRequest;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.model.OktaJson;

/**
 * The Okta requests of the group operations, each one that Okta's spec allows (operationIds getGroup, addGroup,
 * listGroups with search, assignUserToGroup, unassignUserFromGroup), with Okta's buckets: reading one group counts
 * against its own bucket, everything else under /api/v1/groups against the groups bucket.
 */
final class GroupRequests {

    static final RequestTemplate GET_GROUP = RequestTemplate.of("GET", "/api/v1/groups/{group_id}",
            OktaRateLimitBucket.GROUP);
    static final RequestTemplate CREATE_GROUP = RequestTemplate.of("POST", "/api/v1/groups", OktaRateLimitBucket.GROUPS);
    static final RequestTemplate SEARCH_GROUPS = RequestTemplate.of("GET", "/api/v1/groups", OktaRateLimitBucket.GROUPS)
            .query("search", "{search}");
    static final RequestTemplate ADD_MEMBER = RequestTemplate.of("PUT", "/api/v1/groups/{group_id}/users/{user_id}",
            OktaRateLimitBucket.GROUPS);
    static final RequestTemplate REMOVE_MEMBER = RequestTemplate.of("DELETE", "/api/v1/groups/{group_id}/users/{user_id}",
            OktaRateLimitBucket.GROUPS);

    private GroupRequests() {
    }

    static OktaRequest getGroup(String groupId) {
        return GET_GROUP.build(Map.of("group_id", groupId)::get, null);
    }

    static OktaRequest createGroup(String name, String description) {
        return CREATE_GROUP.build(parameter -> null, OktaJson.createGroupBody(name, description));
    }

    /** GET /api/v1/groups?search=profile.name eq "..." (Okta compares ignoring case) */
    static OktaRequest searchByName(String name) {
        return SEARCH_GROUPS.build(Map.of("search", "profile.name eq " + OktaRequests.quoted(name))::get, null);
    }

    /** PUT or DELETE /api/v1/groups/{groupId}/users/{userId}, both ids resolved */
    static OktaRequest membership(RequestTemplate change, String groupId, String userId) {
        return change.build(Map.of("group_id", groupId, "user_id", userId)::get, null);
    }
}
