package dev.camelokta.component.okta.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * The names of the okta component's operations: what an endpoint URI ({@code okta:createUser}) and the
 * {@code CamelOktaOperation} header name, each with its snake_case alias ({@code create_user}), the integration card's
 * and an agent tool's name. Everything else about an operation is in its descriptor (see {@code OktaOperations});
 * a name without a descriptor stops the component from starting.
 */
public enum OktaOperation {

    createUser("create_user"),
    getUser("get_user"),
    updateUser("update_user"),
    listTypeIdOptions("list_type_id_options"),
    listUsers("list_users"),
    listGroups("list_groups"),
    listUserGroups("list_user_groups"),
    listGroupMembers("list_group_members"),
    activateUser("activate_user"),
    reactivateUser("reactivate_user"),
    deactivateUser("deactivate_user"),
    suspendUser("suspend_user"),
    unsuspendUser("unsuspend_user"),
    unlockUser("unlock_user"),
    expirePassword("expire_password"),
    resetPassword("reset_password"),
    clearUserSessions("clear_user_sessions"),
    deleteUser("delete_user"),
    getGroup("get_group"),
    createGroup("create_group"),
    addUserToGroup("add_user_to_group"),
    removeUserFromGroup("remove_user_from_group"),
    listProfileAttributes("list_profile_attributes");

    private final String alias;

    OktaOperation(String alias) {
        this.alias = alias;
    }

    /** The snake_case alias, e.g. {@code create_user}. */
    public String alias() {
        return alias;
    }

    /**
     * Parses a camelCase or snake_case operation name.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OktaOperation fromName(String name) {
        String trimmed = name == null ? "" : name.trim();
        for (OktaOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(trimmed) || operation.alias.equalsIgnoreCase(trimmed)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown okta operation '" + LogValues.safe(trimmed) + "': use one of "
                                           + Arrays.stream(values()).map(o -> o.name() + " (" + o.alias + ")")
                                                   .collect(Collectors.joining(", "))
                                           + ", e.g. okta:createUser");
    }
}
