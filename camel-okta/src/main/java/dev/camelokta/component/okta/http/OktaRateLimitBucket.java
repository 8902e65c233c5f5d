package dev.camelokta.component.okta.http;

/**
 * Okta's per-endpoint rate-limit buckets that the component's calls fall into. Okta counts each separately, so the
 * component tracks each separately.
 */
public enum OktaRateLimitBucket {
    /** POST /api/v1/users */
    CREATE_USER,
    /** GET /api/v1/users/{idOrLogin} */
    GET_USER,
    /** GET /api/v1/groups/{groupId}: Okta counts reading one group apart from the groups list */
    GROUP,
    /** POST and PUT /api/v1/users/{id} */
    UPDATE_USER,
    /** GET /api/v1/users?search=... */
    LIST_USERS,
    /** GET and POST /api/v1/groups and a group's members, /api/v1/groups/{groupId}/users */
    GROUPS,
    /** everything else, such as GET /api/v1/meta/types/user */
    OTHER
}
