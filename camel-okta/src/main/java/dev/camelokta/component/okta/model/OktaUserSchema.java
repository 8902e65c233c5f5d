package dev.camelokta.component.okta.model;

import java.util.List;
import java.util.Optional;

/**
 * The profile attributes a user type's schema defines ({@code GET /api/v1/meta/schemas/user/{schemaId}}): Okta's base
 * attributes, then the org's custom ones, each in the schema's order.
 *
 * @param id         the schema id, e.g. {@code default} or {@code osc...}
 * @param attributes the attributes, base first
 */
public record OktaUserSchema(String id, List<Attribute> attributes) {

    /**
     * @param name   Okta's attribute name, e.g. {@code costCenter}
     * @param title  its display name, e.g. {@code Cost center}; the name when the schema gives none
     * @param custom whether the org defined it (definitions.custom), not Okta (definitions.base)
     */
    public record Attribute(String name, String title, boolean custom) {
    }

    public OktaUserSchema {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return attributes.stream().map(Attribute::name).toList();
    }
}
