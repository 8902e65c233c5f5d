package dev.camelokta.component.okta.groups;

import dev.camelokta.component.okta.api.OperationParameter;

/**
 * The parameters of the group operations, declared once with their type; each operation's descriptor says whether
 * one is required there and describes it as that operation uses it.
 */
final class GroupParameters {

    static final OperationParameter GROUP_ID = OperationParameter.string("group_id",
                    "The Okta group id (00g...) or the exact name of the group.")
            .pathSegment("an Okta group id (00g...) or a group name");
    static final OperationParameter USER_ID = OperationParameter.string("user_id",
                    "The Okta user id, login or email of the user.")
            .pathSegment("an Okta user id (00u...), a login or an email");
    static final OperationParameter NAME = OperationParameter.string("name", "The name of the group.");
    static final OperationParameter DESCRIPTION = OperationParameter.string("description", "The description of the group.");

    private GroupParameters() {
    }
}
