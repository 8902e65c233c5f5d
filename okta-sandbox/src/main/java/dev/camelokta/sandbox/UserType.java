package dev.camelokta.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A user type of the sandbox: the default one ({@code user}) and those configured with
 * {@link OktaSandboxBuilder#userType(String, String)}.
 *
 * @param id          Okta-shaped id, {@code oty} and 17 characters
 * @param name        the type's name, such as {@code contractor}; unique, compared ignoring case
 * @param displayName the human-readable name, such as {@code Contractor}
 * @param description a description, may be empty
 * @param isDefault   whether this is the org's default user type
 * @param created     when the sandbox created the type
 */
public record UserType(String id, String name, String displayName, String description, boolean isDefault,
                       Instant created) {

    public UserType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        description = description == null ? "" : description;
        Objects.requireNonNull(created, "created");
    }
}
