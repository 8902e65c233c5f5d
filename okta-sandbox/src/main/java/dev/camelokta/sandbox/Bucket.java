package dev.camelokta.sandbox;

/**
 * The rate-limit buckets of the sandbox, one per group of endpoints as Okta's "Management rate limits" table groups
 * them. Every request falls into exactly one bucket, and each bucket has its own limit per window.
 */
public enum Bucket {
    /** {@code POST /api/v1/users}. */
    CREATE_USER,
    /** {@code GET /api/v1/users/{idOrLogin}}. */
    GET_USER,
    /** {@code POST}, {@code PUT} and {@code DELETE /api/v1/users/{id}}: Okta's "update or delete a user by ID". */
    UPDATE_USER,
    /** {@code GET /api/v1/users}, with or without {@code search}, {@code filter} or {@code q}. */
    LIST_USERS,
    /**
     * Okta's "create or list groups", {@code /api/v1/groups} except {@code /api/v1/groups/{id}}: list, search and
     * add groups, list a group's members, add and remove members.
     */
    GROUPS,
    /** Okta's "get, update, or delete a group by ID": {@code /api/v1/groups/{groupId}} only. */
    GROUP,
    /**
     * Okta's "most other API actions": the user lifecycle operations, session revocation, a user's groups, user
     * types and schemas, unknown paths.
     */
    OTHER,
    /** {@code POST /oauth2/v1/token}: the OAuth 2.0 token endpoint, a bucket of its own as on Okta. */
    TOKEN
}
