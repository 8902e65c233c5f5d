package dev.camelokta.component.okta.groups;

import java.util.List;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;

import static dev.camelokta.component.okta.groups.GroupParameters.DESCRIPTION;
import static dev.camelokta.component.okta.groups.GroupParameters.GROUP_ID;
import static dev.camelokta.component.okta.groups.GroupParameters.NAME;
import static dev.camelokta.component.okta.groups.GroupParameters.USER_ID;

/**
 * The operations on Okta groups and their members ({@code /api/v1/groups}): what a mover's route needs.
 */
public final class GroupOperations {

    private static final String GROUP_ID_DESCRIPTION = "The Okta group id (00g...) or the exact name of the group; a "
                                                       + "name is found with one search and must be held by exactly "
                                                       + "one group.";
    private static final String USER_ID_DESCRIPTION = "The unique identifier of the user (Okta user ID, login, or email).";
    private static final String BY_NAME = "for a group name, first one `GET /api/v1/groups?search=profile.name eq \"...\"`";
    private static final String USER_AS_GET_USER = "the user found as getUser finds it";

    static final OperationDescriptor GET_GROUP = OperationDescriptor.of(OktaOperation.getGroup)
            .description("Reads one Okta group by its group id or its exact name.")
            .parameters(GROUP_ID.asRequired().describedAs(GROUP_ID_DESCRIPTION))
            .plainTextBody(GROUP_ID)
            .request(GroupRequests.GET_GROUP)
            .handler(new GetGroupHandler())
            .result(ResultType.GROUP)
            .oktaCall("`GET /api/v1/groups/{groupId}` for a group id; for a name, one "
                      + "`GET /api/v1/groups?search=profile.name eq \"...\"` instead")
            .build();

    static final OperationDescriptor CREATE_GROUP = OperationDescriptor.of(OktaOperation.createGroup)
            .description("Creates an Okta group with the given name and description. A name another group has is a "
                         + "failure; a retry after a lost answer returns the group the first attempt created.")
            .parameters(
                    NAME.asRequired().describedAs("The name of the new group; no other group may have it (Okta "
                                                  + "ignores case)."),
                    DESCRIPTION.describedAs("Optional description of the new group."))
            .request(GroupRequests.CREATE_GROUP)
            .handler(new CreateGroupHandler())
            .result(ResultType.GROUP)
            .oktaCall("`POST /api/v1/groups` with `{\"profile\": {\"name\": ..., \"description\": ...}}` (description "
                      + "only when given); when a retry after a lost answer meets the name, one "
                      + "`GET /api/v1/groups?search=profile.name eq \"...\"`")
            .build();

    static final OperationDescriptor ADD_USER_TO_GROUP = OperationDescriptor.of(OktaOperation.addUserToGroup)
            .description("Makes a user a member of a group; a user who is a member already is a success too.")
            .parameters(
                    GROUP_ID.asRequired().describedAs(GROUP_ID_DESCRIPTION),
                    USER_ID.asRequired().describedAs(USER_ID_DESCRIPTION))
            .request(GroupRequests.ADD_MEMBER)
            .handler(new MembershipHandler(GroupRequests.ADD_MEMBER))
            .result(ResultType.MEMBERSHIP)
            .oktaCall("`PUT /api/v1/groups/{groupId}/users/{userId}` with the ids: " + BY_NAME + ", and "
                      + USER_AS_GET_USER)
            .build();

    static final OperationDescriptor REMOVE_USER_FROM_GROUP = OperationDescriptor.of(OktaOperation.removeUserFromGroup)
            .description("Removes a user from a group; a user who is no member is a success too.")
            .parameters(
                    GROUP_ID.asRequired().describedAs(GROUP_ID_DESCRIPTION),
                    USER_ID.asRequired().describedAs(USER_ID_DESCRIPTION))
            .request(GroupRequests.REMOVE_MEMBER)
            .handler(new MembershipHandler(GroupRequests.REMOVE_MEMBER))
            .result(ResultType.MEMBERSHIP)
            .oktaCall("`DELETE /api/v1/groups/{groupId}/users/{userId}` with the ids: " + BY_NAME + ", and "
                      + USER_AS_GET_USER)
            .build();

    private GroupOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(GET_GROUP, CREATE_GROUP, ADD_USER_TO_GROUP, REMOVE_USER_FROM_GROUP);
    }
}
