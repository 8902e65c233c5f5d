package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Renders a profile schema as Okta's {@code UserSchema}: {@code definitions.base} and {@code definitions.custom}. */
final class UserSchemaJson {

    private final String baseUrl;

    UserSchemaJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    ObjectNode render(ProfileSchema schema) {
        ObjectNode node = Json.object();
        // Okta's schema ids are URIs without the /api/v1 prefix; the self link is the API address.
        node.put("id", baseUrl + "/meta/schemas/user/" + schema.id());
        node.put("$schema", "http://json-schema.org/draft-04/schema#");
        node.put("name", schema.type().name());
        node.put("title", schema.type().displayName());
        node.put("created", OktaTimestamps.format(schema.type().created()));
        node.put("lastUpdated", OktaTimestamps.format(schema.type().created()));
        ObjectNode definitions = node.putObject("definitions");
        subschema(definitions.putObject("base"), "#base", BaseAttributes.ALL);
        subschema(definitions.putObject("custom"), "#custom", schema.custom());
        node.put("type", "object");
        ArrayNode allOf = node.putObject("properties").putObject("profile").putArray("allOf");
        allOf.addObject().put("$ref", "#/definitions/base");
        allOf.addObject().put("$ref", "#/definitions/custom");
        node.putObject("_links").putObject("self").put("href", baseUrl + "/api/v1/meta/schemas/user/" + schema.id());
        return node;
    }

    private static void subschema(ObjectNode node, String id, List<SchemaAttribute> attributes) {
        node.put("id", id);
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = Json.MAPPER.createArrayNode();
        for (SchemaAttribute attribute : attributes) {
            ObjectNode property = properties.putObject(attribute.name());
            property.put("title", attribute.title());
            property.put("type", attribute.type().schemaName());
            if (attribute.type() == AttributeType.ARRAY) {
                property.putObject("items").put("type", "string");
            }
            property.put("required", attribute.required());
            if (attribute.minLength() != null) {
                property.put("minLength", attribute.minLength());
            }
            if (attribute.maxLength() != null) {
                property.put("maxLength", attribute.maxLength());
            }
            if (attribute.format() != null) {
                property.put("format", attribute.format());
            }
            property.put("mutability", "READ_WRITE");
            property.put("scope", "NONE");
            property.putArray("permissions").addObject().put("principal", "SELF").put("action", "READ_WRITE");
            property.putObject("master").put("type", "PROFILE_MASTER");
            if (attribute.required()) {
                required.add(attribute.name());
            }
        }
        node.set("required", required);
    }
}
