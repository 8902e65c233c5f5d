package dev.camelokta.sandbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One attribute of a user profile schema: Okta's base ones ({@link BaseAttributes}) or a custom one from the
 * builder.
 *
 * @param name      the profile property, such as {@code costCenter}
 * @param title     the display name the schema shows
 * @param type      what values it takes
 * @param required  whether a profile must have it
 * @param minLength for strings, or {@code null}
 * @param maxLength for strings, or {@code null}
 * @param format    the schema's {@code format}, such as {@code email}, or {@code null}
 */
record SchemaAttribute(String name, String title, AttributeType type, boolean required, Integer minLength,
                       Integer maxLength, String format) {

    /** Okta's rule for custom attribute names: a letter first, then letters, digits and underscores. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    SchemaAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A custom attribute as the builder adds it: optional, titled with its name. */
    static SchemaAttribute custom(String name, String type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A custom attribute name must start with a letter and contain only "
                    + "letters, digits and underscores: '" + name + "'");
        }
        return new SchemaAttribute(name, name, AttributeType.of(type), false, null, null, null);
    }
}
