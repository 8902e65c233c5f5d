package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a user type as Okta's {@code UserType} object. */
final class UserTypeJson {

    private final String baseUrl;
    private final String adminId;

    UserTypeJson(String baseUrl, String adminId) {
        this.baseUrl = baseUrl;
        this.adminId = adminId;
    }

    ObjectNode render(UserType type) {
        ObjectNode node = Json.object();
        node.put("id", type.id());
        node.put("displayName", type.displayName());
        node.put("name", type.name());
        node.put("description", type.description());
        node.put("createdBy", adminId);
        node.put("lastUpdatedBy", adminId);
        node.put("created", OktaTimestamps.format(type.created()));
        node.put("lastUpdated", OktaTimestamps.format(type.created()));
        node.put("default", type.isDefault());
        ObjectNode links = node.putObject("_links");
        links.putObject("self").put("href", baseUrl + "/api/v1/meta/types/user/" + type.id());
        links.putObject("schema").put("href", baseUrl + "/api/v1/meta/schemas/user/" + OktaIds.schemaIdOf(type.id()));
        return node;
    }
}
