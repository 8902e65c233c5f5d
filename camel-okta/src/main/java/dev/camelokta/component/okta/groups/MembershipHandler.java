package dev.camelokta.component.okta.groups;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.http.RequestTemplate;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaMembershipResult;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UserLocator;

/**
 * addUserToGroup and removeUserFromGroup: the group (an id, or a name found by search) and the user (an id, login or
 * email, found as getUser finds it) are resolved to their ids, then one {@code PUT} or {@code DELETE
 * /api/v1/groups/{groupId}/users/{userId}}. Okta answers 204 whether or not the membership changed, so adding a
 * member or removing a non-member is a success, and so is a retry after a lost answer.
 */
final class MembershipHandler implements OperationHandler {

    private final RequestTemplate change;

    MembershipHandler(RequestTemplate change) {
        this.change = change;
    }

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        String groupId = GroupLocator.groupId(client, input.text(GroupParameters.GROUP_ID));
        String userId = UserLocator.find(client, input.text(GroupParameters.USER_ID)).user().getId();
        OktaResponse response = client.send(GroupRequests.membership(change, groupId, userId));
        OktaResponses.success(response);
        return OperationOutcome.group(OktaMembershipResult.success(groupId, userId), response, false, groupId);
    }
}
