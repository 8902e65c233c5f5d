package dev.camelokta.component.okta.http;

import java.util.Map;

import dev.camelokta.component.okta.model.OktaJson;

/**
 * The requests that several operations share, as templates, and the ones the hand-written handlers send, built from
 * them; each is one that Okta's Management API spec allows. An operation's own request is in its descriptor.
 */
public final class OktaRequests {

    /** createUser: POST /api/v1/users?activate=... */
    public static final RequestTemplate CREATE_USER = RequestTemplate.of("POST", "/api/v1/users",
            OktaRateLimitBucket.CREATE_USER).query("activate", "{activate}");
    /** getUser: GET /api/v1/users/{idOrLogin} */
    public static final RequestTemplate GET_USER = RequestTemplate.of("GET", "/api/v1/users/{user_id}",
            OktaRateLimitBucket.GET_USER);
    /** listUsers with a search expression: GET /api/v1/users?search=... */
    public static final RequestTemplate SEARCH_USERS = RequestTemplate.of("GET", "/api/v1/users",
            OktaRateLimitBucket.LIST_USERS).query("search", "{search}");
    /** updateUser (partial): POST /api/v1/users/{id} */
    public static final RequestTemplate UPDATE_USER = RequestTemplate.of("POST", "/api/v1/users/{user_id}",
            OktaRateLimitBucket.UPDATE_USER);
    /** replaceUser: PUT /api/v1/users/{id} */
    public static final RequestTemplate REPLACE_USER = RequestTemplate.of("PUT", "/api/v1/users/{user_id}",
            OktaRateLimitBucket.UPDATE_USER);
    /** listUserTypes: GET /api/v1/meta/types/user */
    public static final RequestTemplate LIST_USER_TYPES = RequestTemplate.of("GET", "/api/v1/meta/types/user",
            OktaRateLimitBucket.OTHER);

    private OktaRequests() {
    }

    /** createUser: POST /api/v1/users?activate=... */
    public static OktaRequest createUser(Map<String, Object> profile, String typeId, boolean activate) {
        return CREATE_USER.build(Map.of("activate", activate)::get, OktaJson.createUserBody(profile, typeId));
    }

    /** getUser: GET /api/v1/users/{idOrLogin} */
    public static OktaRequest getUser(String idOrLogin) {
        return GET_USER.build(Map.of("user_id", idOrLogin)::get, null);
    }

    /** listUsers with a search expression: GET /api/v1/users?search=profile.email eq "..." */
    public static OktaRequest searchByEmail(String email) {
        return SEARCH_USERS.build(Map.of("search", "profile.email eq " + quoted(email))::get, null);
    }

    /** updateUser (partial): POST /api/v1/users/{id} with only the profile fields to change. */
    public static OktaRequest partialUpdate(String userId, Map<String, Object> profileChanges) {
        return UPDATE_USER.build(Map.of("user_id", userId)::get, OktaJson.partialUpdateBody(profileChanges));
    }

    /** replaceUser: PUT /api/v1/users/{id} with the whole profile and the type, guarded by the ETag when known. */
    public static OktaRequest replaceUser(String userId, Map<String, Object> profile, String typeId, String etag) {
        OktaRequest put = REPLACE_USER.build(Map.of("user_id", userId)::get, OktaJson.replaceUserBody(profile, typeId));
        return new OktaRequest(put.method(), put.pathSegments(), put.query(), put.jsonBody(), etag, put.bucket());
    }

    /** listUserTypes: GET /api/v1/meta/types/user */
    public static OktaRequest listUserTypes() {
        return LIST_USER_TYPES.build(name -> null, null);
    }

    /** A string literal of Okta's search syntax: in double quotes, with \ and " escaped. */
    public static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
