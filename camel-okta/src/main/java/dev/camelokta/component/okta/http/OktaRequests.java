package dev.camelokta.component.okta.http;

import java.util.List;
import java.util.Map;

import dev.camelokta.component.okta.model.OktaJson;

/**
 * Every request the component sends to Okta, built in one place; each is one that Okta's Management API spec allows.
 */
public final class OktaRequests {

    private static final List<String> USERS = List.of("api", "v1", "users");

    private OktaRequests() {
    }

    /** createUser: POST /api/v1/users?activate=... */
    public static OktaRequest createUser(Map<String, Object> profile, String typeId, boolean activate) {
        return new OktaRequest("POST", USERS, Map.of("activate", String.valueOf(activate)),
                OktaJson.createUserBody(profile, typeId), null, OktaRateLimitBucket.CREATE_USER);
    }

    /** getUser: GET /api/v1/users/{idOrLogin} */
    public static OktaRequest getUser(String idOrLogin) {
        return new OktaRequest("GET", user(idOrLogin), Map.of(), null, null, OktaRateLimitBucket.GET_USER);
    }

    /** listUsers with a search expression: GET /api/v1/users?search=profile.email eq "..." */
    public static OktaRequest searchByEmail(String email) {
        return new OktaRequest("GET", USERS, Map.of("search", "profile.email eq " + quoted(email)), null, null,
                OktaRateLimitBucket.LIST_USERS);
    }

    /** updateUser (partial): POST /api/v1/users/{id} with only the profile fields to change. */
    public static OktaRequest partialUpdate(String userId, Map<String, Object> profileChanges) {
        return new OktaRequest("POST", user(userId), Map.of(), OktaJson.partialUpdateBody(profileChanges), null,
                OktaRateLimitBucket.UPDATE_USER);
    }

    /** replaceUser: PUT /api/v1/users/{id} with the whole profile and the type, guarded by the ETag when known. */
    public static OktaRequest replaceUser(String userId, Map<String, Object> profile, String typeId, String etag) {
        return new OktaRequest("PUT", user(userId), Map.of(), OktaJson.replaceUserBody(profile, typeId), etag,
                OktaRateLimitBucket.UPDATE_USER);
    }

    /** listUserTypes: GET /api/v1/meta/types/user */
    public static OktaRequest listUserTypes() {
        return new OktaRequest("GET", List.of("api", "v1", "meta", "types", "user"), Map.of(), null, null,
                OktaRateLimitBucket.OTHER);
    }

    private static List<String> user(String idOrLogin) {
        return List.of("api", "v1", "users", idOrLogin);
    }

    /** A string literal of Okta's search syntax: in double quotes, with \ and " escaped. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
