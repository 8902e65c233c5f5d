package dev.camelokta.sandbox;

import java.util.Objects;
import java.util.regex.Pattern;

/** A user type asked for in the builder, before the sandbox gives it an id. */
record UserTypeDefinition(String displayName, String name, String description) {

    /** Okta's rule for type names: a letter first, then letters, digits and underscores. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    UserTypeDefinition {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(name, "name");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A user type needs a display name");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user type name must start with a letter and contain only letters, "
                    + "digits and underscores: '" + name + "'");
        }
        description = description == null ? "" : description;
    }
}
