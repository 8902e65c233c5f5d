package dev.camelokta.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A group as the sandbox stores it (Okta's {@code OKTA_GROUP}), for tests that check what a route did.
 *
 * @param id                    Okta-shaped id, {@code 00g} and 17 characters
 * @param name                  {@code profile.name}, unique ignoring case
 * @param description           {@code profile.description}, may be {@code null}
 * @param created               when the group was created
 * @param lastUpdated           when its profile last changed
 * @param lastMembershipUpdated when a member was last added or removed
 */
public record SandboxGroup(String id, String name, String description, Instant created, Instant lastUpdated,
                           Instant lastMembershipUpdated) {

    public SandboxGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
    }

    SandboxGroup withMembershipUpdated(Instant when) {
        return new SandboxGroup(id, name, description, created, lastUpdated, when);
    }
}
