package dev.camelokta.sandbox;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** The types of profile attributes in Okta's user schema ({@code UserSchemaAttributeType}), and what each accepts. */
enum AttributeType {
    STRING, BOOLEAN, INTEGER, NUMBER, ARRAY;

    /** {@code "string"}, as the schema writes it. */
    String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a profile value (as Jackson reads JSON) is of this type; {@code null} clears any attribute. */
    boolean accepts(Object value) {
        return value == null || switch (this) {
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            case NUMBER -> value instanceof Number;
            case ARRAY -> value instanceof List<?>;
        };
    }

    /** @throws IllegalArgumentException naming the types there are */
    static AttributeType of(String name) {
        for (AttributeType type : values()) {
            if (type.schemaName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not an attribute type of Okta's user schema: '" + name
                + "'; use string, boolean, integer, number or array");
    }
}
