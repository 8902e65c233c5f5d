package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What a create, update or replace request asks for, read from its JSON body
 * ({@code CreateUserRequest} or {@code UpdateUserRequest} in Okta's spec).
 *
 * @param profile      the profile sent, {@code null} when the body has none
 * @param typeId       {@code type.id} as sent, {@code null} when the body names no type
 * @param setsPassword whether {@code credentials.password} is given
 */
record UserInput(Map<String, Object> profile, String typeId, boolean setsPassword) {

    /**
     * Reads a request body.
     *
     * @throws OktaApiException {@code E0000003} when the body is not a JSON object of the spec's shape
     */
    static UserInput read(byte[] body) {
        JsonNode root = Json.read(body);
        if (!root.isObject()) {
            throw malformed();
        }
        return new UserInput(profileOf(root.get("profile")), typeIdOf(root.get("type")),
                setsPassword(root.get("credentials")));
    }

    boolean hasProfile() {
        return profile != null;
    }

    private static Map<String, Object> profileOf(JsonNode profile) {
        if (isAbsent(profile)) {
            return null;
        }
        if (!profile.isObject()) {
            throw malformed();
        }
        return Json.toMap((ObjectNode) profile);
    }

    private static String typeIdOf(JsonNode type) {
        if (isAbsent(type)) {
            return null;
        }
        JsonNode id = type.isObject() ? type.get("id") : null;
        if (!type.isObject() || (!isAbsent(id) && !id.isTextual())) {
            throw malformed();
        }
        return isAbsent(id) ? null : id.asText();
    }

    private static boolean setsPassword(JsonNode credentials) {
        if (isAbsent(credentials)) {
            return false;
        }
        if (!credentials.isObject()) {
            throw malformed();
        }
        JsonNode password = credentials.get("password");
        if (isAbsent(password)) {
            return false;
        }
        if (!password.isObject()) {
            throw malformed();
        }
        return true;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static OktaApiException malformed() {
        return new OktaApiException(OktaError.malformedBody());
    }
}
