package dev.camelokta.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A user as the sandbox stores it, for tests that check what a route did.
 * Immutable: every change in the sandbox stores a new {@code SandboxUser}.
 *
 * @param id              Okta-shaped id, {@code 00u} and 17 characters
 * @param status          one of Okta's statuses, see {@link UserStatus}
 * @param typeId          id of the user type, the default type's when none was given
 * @param profile         the profile as sent, unmodifiable
 * @param created         when the user was created
 * @param activated       when the user was last activated, {@code null} for a user never activated
 * @param statusChanged   when the status last changed, {@code null} for a new staged user (as Okta shows it)
 * @param lastUpdated     when the user was last created, updated, replaced or changed status
 * @param passwordChanged when a password was last set, {@code null} without password (a deactivation deletes it)
 * @param etag            the {@code ETag} of this version of the user
 */
public record SandboxUser(
        String id,
        UserStatus status,
        String typeId,
        Map<String, Object> profile,
        Instant created,
        Instant activated,
        Instant statusChanged,
        Instant lastUpdated,
        Instant passwordChanged,
        String etag) {

    public SandboxUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(typeId, "typeId");
        profile = ProfileValues.immutableCopy(profile);
    }

    public String login() {
        return profileText("login");
    }

    public String email() {
        return profileText("email");
    }

    public String firstName() {
        return profileText("firstName");
    }

    public String lastName() {
        return profileText("lastName");
    }

    /** A profile attribute as text, or {@code null} when it is absent or not a string. */
    public String profileText(String attribute) {
        return profile.get(attribute) instanceof String text ? text : null;
    }

    public boolean hasPassword() {
        return passwordChanged != null;
    }
}
