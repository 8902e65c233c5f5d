package dev.camelokta.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sandbox's user types, fixed at start: the default type first, then the configured ones in order. */
final class UserTypeRegistry {

    static final String DEFAULT_NAME = "user";
    static final String DEFAULT_DISPLAY_NAME = "User";
    static final String DEFAULT_DESCRIPTION = "Okta user profile template with default permission settings";

    private final List<UserType> types;

    UserTypeRegistry(List<UserTypeDefinition> definitions, Instant created) {
        List<UserType> all = new ArrayList<>();
        all.add(new UserType(OktaIds.userTypeId(), DEFAULT_NAME, DEFAULT_DISPLAY_NAME, DEFAULT_DESCRIPTION, true,
                created));
        for (UserTypeDefinition definition : definitions) {
            if (byName(all, definition.name()).isPresent()) {
                throw new IllegalArgumentException("There is already a user type named '" + definition.name() + "'");
            }
            all.add(new UserType(OktaIds.userTypeId(), definition.name(), definition.displayName(),
                    definition.description(), false, created));
        }
        this.types = List.copyOf(all);
    }

    List<UserType> all() {
        return types;
    }

    UserType defaultType() {
        return types.get(0);
    }

    Optional<UserType> byId(String id) {
        return types.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    UserType byName(String name) {
        return byName(types, name).orElseThrow(() -> new IllegalArgumentException("No user type named '" + name
                + "'; the sandbox has " + types.stream().map(UserType::name).collect(Collectors.joining(", "))));
    }

    private static Optional<UserType> byName(List<UserType> types, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return types.stream().filter(type -> type.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
