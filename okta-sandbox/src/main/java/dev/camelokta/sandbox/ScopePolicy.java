package dev.camelokta.sandbox;

import java.util.List;

/**
 * The Okta API scopes an OAuth access token needs for each endpoint, as Okta's "Scopes and supported endpoints"
 * lists them: reading needs the {@code .read} scope or the {@code .manage} one, anything else the {@code .manage}
 * one. The first scope of each list is the one Okta names in its {@code insufficient_scope} challenge.
 */
final class ScopePolicy {

    private ScopePolicy() {
    }

    /** Any one of these scopes will do; none for a path the API does not have (it answers 404 anyway). */
    static List<String> required(String method, List<String> segments) {
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("v1")) {
            return List.of();
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        return switch (segments.get(2)) {
            case "users" -> family("okta.users", read);
            case "groups" -> family("okta.groups", read);
            case "logs" -> List.of("okta.logs.read");
            case "meta" -> segments.size() > 3 && segments.get(3).equals("schemas")
                    ? family("okta.schemas", read) : family("okta.userTypes", read);
            default -> List.of();
        };
    }

    private static List<String> family(String prefix, boolean read) {
        return read ? List.of(prefix + ".read", prefix + ".manage") : List.of(prefix + ".manage");
    }
}
