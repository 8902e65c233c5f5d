package dev.camelokta.sandbox;

import java.util.Objects;

/** A group asked for in the builder: it exists from the start, and again after every reset. */
record GroupDefinition(String name, String description) {

    GroupDefinition {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A group needs a name");
        }
    }
}
