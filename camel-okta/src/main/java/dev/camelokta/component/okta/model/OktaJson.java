package dev.camelokta.component.okta.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * All JSON the component reads from or writes for Okta and for the exchange, in one place.
 */
public final class OktaJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectReader USER_READER = MAPPER.readerFor(OktaUser.class);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };
    /** Input bodies: a key given twice (in the body or in its profile) is refused, never silently the last one. */
    private static final ObjectReader INPUT_READER = MAPPER.readerFor(OBJECT)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private OktaJson() {
    }

    /** Writes results and request bodies. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a JSON object from text; fails with {@link IllegalArgumentException} on anything else. */
    public static Map<String, Object> readObject(String json) {
        try {
            return INPUT_READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** A typed request body (CreateUserRequest, ...) as the card's snake_case keys. */
    public static Map<String, Object> toMap(Object request) {
        return MAPPER.convertValue(request, OBJECT);
    }

    /** Okta's user resource; unknown fields dropped. */
    public static OktaUser toUser(String json) {
        try {
            return USER_READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a user resource: " + e.getOriginalMessage(), e);
        }
    }

    /** An array of Okta user resources, such as a search answer. */
    public static List<OktaUser> toUsers(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<OktaUser>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of users: " + e.getOriginalMessage(), e);
        }
    }

    /** Okta's user types as {label: displayName, value: id}, in Okta's order. */
    public static List<OktaTypeIdOption> toTypeIdOptions(String json) {
        JsonNode types = readTree(json);
        if (!types.isArray()) {
            throw new IllegalArgumentException("expected an array of user types");
        }
        List<OktaTypeIdOption> options = new ArrayList<>();
        for (JsonNode type : types) {
            options.add(new OktaTypeIdOption(textOrNull(type, "displayName"), textOrNull(type, "id")));
        }
        return options;
    }

    /** Okta's group resource; unknown fields dropped. */
    public static OktaGroup toGroup(String json) {
        try {
            return MAPPER.readValue(json, OktaGroup.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a group resource: " + e.getOriginalMessage(), e);
        }
    }

    /** An array of Okta group resources, such as a group search answer. */
    public static List<OktaGroup> toGroups(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<OktaGroup>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of groups: " + e.getOriginalMessage(), e);
        }
    }

    /** POST /api/v1/groups: {"profile": {"name": ..., "description": ...}}; description only when given. */
    public static String createGroupBody(String name, String description) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode profile = body.putObject("profile");
        profile.put("name", name);
        if (description != null) {
            profile.put("description", description);
        }
        return write(body);
    }

    /**
     * Okta's UserSchema: the properties of {@code definitions.base}, then of {@code definitions.custom}.
     *
     * @param schemaId the schema's id, as it was asked for
     */
    public static OktaUserSchema toUserSchema(String json, String schemaId) {
        JsonNode schema = readTree(json);
        JsonNode definitions = schema.path("definitions");
        if (!schema.isObject() || !definitions.isObject()) {
            throw new IllegalArgumentException("not a user schema: it has no definitions");
        }
        List<OktaUserSchema.Attribute> attributes = new ArrayList<>();
        for (String part : List.of("base", "custom")) {
            JsonNode properties = definitions.path(part).path("properties");
            properties.fields().forEachRemaining(property -> {
                String title = textOrNull(property.getValue(), "title");
                attributes.add(new OktaUserSchema.Attribute(property.getKey(),
                        title == null || title.isBlank() ? property.getKey() : title, part.equals("custom")));
            });
        }
        return new OktaUserSchema(schemaId, attributes);
    }

    /**
     * The id of a user type's schema: the last path segment of its {@code _links.schema.href}
     * ({@code https://acme.okta.com/api/v1/meta/schemas/user/osc...}).
     */
    public static String schemaIdOfUserType(String json) {
        String href = textOrNull(readTree(json).path("_links").path("schema"), "href");
        if (href == null || href.isBlank()) {
            throw new IllegalArgumentException("the user type has no _links.schema.href");
        }
        String path = href.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        String schemaId = path.substring(path.lastIndexOf('/') + 1);
        if (schemaId.isBlank() || !path.contains("/meta/schemas/user/")) {
            throw new IllegalArgumentException("the user type's _links.schema.href is not a user schema's");
        }
        return schemaId;
    }

    /** Okta's error body, or null when the text is not one. */
    public static OktaError toError(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null || !node.isObject() || !node.has("errorCode")) {
            return null;
        }
        List<String> causes = new ArrayList<>();
        for (JsonNode cause : node.path("errorCauses")) {
            String summary = textOrNull(cause, "errorSummary");
            if (summary != null) {
                causes.add(summary);
            }
        }
        return new OktaError(textOrNull(node, "errorCode"), textOrNull(node, "errorSummary"), causes);
    }

    /** POST /api/v1/users: {"profile": {...}, "type": {"id": ...}}; type only when given. */
    public static String createUserBody(Map<String, Object> profile, String typeId) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("profile", MAPPER.valueToTree(profile));
        if (typeId != null) {
            body.putObject("type").put("id", typeId);
        }
        return write(body);
    }

    /** POST /api/v1/users/{id}: {"profile": {...only the fields to change...}}. */
    public static String partialUpdateBody(Map<String, Object> profileChanges) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("profile", MAPPER.valueToTree(profileChanges));
        return write(body);
    }

    /** PUT /api/v1/users/{id}: the whole profile plus the new type. */
    public static String replaceUserBody(Map<String, Object> profile, String typeId) {
        return createUserBody(profile, typeId);
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
