package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a group as Okta's {@code Group} object: an {@code OKTA_GROUP} of object class {@code okta:user_group}. */
final class GroupJson {

    static final String TYPE = "OKTA_GROUP";
    static final String OBJECT_CLASS = "okta:user_group";

    private final String baseUrl;

    GroupJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    ObjectNode render(SandboxGroup group) {
        ObjectNode node = Json.object();
        node.put("id", group.id());
        node.put("created", OktaTimestamps.format(group.created()));
        node.put("lastUpdated", OktaTimestamps.format(group.lastUpdated()));
        node.put("lastMembershipUpdated", OktaTimestamps.format(group.lastMembershipUpdated()));
        node.putArray("objectClass").add(OBJECT_CLASS);
        node.put("type", TYPE);
        ObjectNode profile = node.putObject("profile");
        profile.put("name", group.name());
        profile.put("description", group.description());
        ObjectNode links = node.putObject("_links");
        ArrayNode logos = links.putArray("logo");
        for (String size : new String[] {"medium", "large"}) {
            logos.addObject().put("name", size).put("href", baseUrl + "/img/logos/groups/okta-" + size + ".png")
                    .put("type", "image/png");
        }
        String groupUrl = baseUrl + "/api/v1/groups/" + group.id();
        links.putObject("users").put("href", groupUrl + "/users");
        links.putObject("apps").put("href", groupUrl + "/apps");
        return node;
    }
}
