package dev.camelokta.sandbox;

/**
 * The rate-limit buckets of the sandbox, one per group of endpoints as Okta counts them.
 * Every request falls into exactly one bucket, and each bucket has its own limit per window.
 */
public enum Bucket {
    /** {@code POST /api/v1/users}. */
    CREATE_USER,
    /** {@code GET /api/v1/users/{idOrLogin}}. */
    GET_USER,
    /** {@code POST} and {@code PUT /api/v1/users/{idOrLogin}}. */
    UPDATE_USER,
    /** {@code GET /api/v1/users}, with or without {@code search}, {@code filter} or {@code q}. */
    LIST_USERS,
    /** Everything else, user types and unknown paths included. */
    OTHER
}
