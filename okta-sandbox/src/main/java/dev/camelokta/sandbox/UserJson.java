package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a user as Okta's {@code User} object, with the {@code _links} Okta shows for the user's status. */
final class UserJson {

    private final String baseUrl;

    UserJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * A single user, with the full set of links, as create, get, update and replace return it: the lifecycle
     * operations the user's status allows (as {@link LifecycleOperation} decides), and the password ones.
     */
    ObjectNode render(SandboxUser user) {
        ObjectNode node = withoutLinks(user);
        ObjectNode links = node.putObject("_links");
        String userUrl = userUrl(user);
        UserStatus status = user.status();
        linkIfAllowed(links, status, LifecycleOperation.ACTIVATE, "activate", userUrl);
        linkIfAllowed(links, status, LifecycleOperation.REACTIVATE, "reactivate", userUrl);
        if (status == UserStatus.ACTIVE) {
            lifecycleLink(links, "suspend", userUrl + "/lifecycle/suspend");
        }
        linkIfAllowed(links, status, LifecycleOperation.UNSUSPEND, "unsuspend", userUrl);
        if (status == UserStatus.LOCKED_OUT) {
            lifecycleLink(links, "unlock", userUrl + "/lifecycle/unlock");
        }
        linkIfAllowed(links, status, LifecycleOperation.RESET_PASSWORD, "resetPassword", userUrl);
        if (status == UserStatus.ACTIVE) {
            lifecycleLink(links, "resetFactors", userUrl + "/lifecycle/reset_factors");
        }
        linkIfAllowed(links, status, LifecycleOperation.EXPIRE_PASSWORD, "expirePassword", userUrl);
        if (status == UserStatus.ACTIVE && user.hasPassword()) {
            lifecycleLink(links, "forgotPassword", userUrl + "/credentials/forgot_password");
            lifecycleLink(links, "changeRecoveryQuestion", userUrl + "/credentials/change_recovery_question");
            lifecycleLink(links, "changePassword", userUrl + "/credentials/change_password");
        }
        linkIfAllowed(links, status, LifecycleOperation.DEACTIVATE, "deactivate", userUrl);
        links.putObject("schema").put("href", baseUrl + "/api/v1/meta/schemas/user/" + OktaIds.schemaIdOf(user.typeId()));
        links.putObject("type").put("href", baseUrl + "/api/v1/meta/types/user/" + user.typeId());
        links.putObject("self").put("href", userUrl);
        return node;
    }

    private static void linkIfAllowed(ObjectNode links, UserStatus status, LifecycleOperation operation, String name,
                                      String userUrl) {
        if (operation.allowedFrom(status)) {
            lifecycleLink(links, name, userUrl + "/lifecycle/" + operation.pathSegment());
        }
    }

    /** A user in a list: Okta gives collection members only their {@code self} link. */
    ObjectNode renderListed(SandboxUser user) {
        ObjectNode node = withoutLinks(user);
        node.putObject("_links").putObject("self").put("href", userUrl(user));
        return node;
    }

    private ObjectNode withoutLinks(SandboxUser user) {
        ObjectNode node = Json.object();
        node.put("id", user.id());
        node.put("status", user.status().name());
        node.put("created", OktaTimestamps.format(user.created()));
        node.put("activated", OktaTimestamps.format(user.activated()));
        node.put("statusChanged", OktaTimestamps.format(user.statusChanged()));
        node.putNull("lastLogin");
        node.put("lastUpdated", OktaTimestamps.format(user.lastUpdated()));
        node.put("passwordChanged", OktaTimestamps.format(user.passwordChanged()));
        node.putObject("type").put("id", user.typeId());
        node.set("profile", Json.toTree(user.profile()));
        ObjectNode credentials = node.putObject("credentials");
        if (user.hasPassword()) {
            // Okta never shows a password, only that there is one.
            credentials.putObject("password");
        }
        credentials.putObject("provider").put("type", "OKTA").put("name", "OKTA");
        return node;
    }

    private String userUrl(SandboxUser user) {
        return baseUrl + "/api/v1/users/" + user.id();
    }

    private static void lifecycleLink(ObjectNode links, String name, String href) {
        links.putObject(name).put("href", href).put("method", "POST");
    }
}
