package dev.camelokta.sandbox;

import java.util.List;
import java.util.Objects;

/** Reads the attributes that {@code search} and {@code filter} name from a user, as text. */
final class UserAttributes {

    private static final String PROFILE = "profile.";
    private static final List<String> TOP_LEVEL =
            List.of("id", "status", "created", "activated", "statusChanged", "lastUpdated", "type.id");

    private UserAttributes() {
    }

    static boolean isKnown(String attribute) {
        return TOP_LEVEL.contains(attribute) || (attribute.startsWith(PROFILE) && attribute.length() > PROFILE.length());
    }

    /**
     * The attribute's values: none when it is absent or null, several for an array attribute
     * (Okta matches an array when any element matches).
     */
    static List<String> values(SandboxUser user, String attribute) {
        return switch (attribute) {
            case "id" -> List.of(user.id());
            case "status" -> List.of(user.status().name());
            case "created" -> List.of(OktaTimestamps.format(user.created()));
            case "activated" -> optional(OktaTimestamps.format(user.activated()));
            case "statusChanged" -> optional(OktaTimestamps.format(user.statusChanged()));
            case "lastUpdated" -> List.of(OktaTimestamps.format(user.lastUpdated()));
            case "type.id" -> List.of(user.typeId());
            default -> profileValues(user.profile().get(attribute.substring(PROFILE.length())));
        };
    }

    private static List<String> profileValues(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
