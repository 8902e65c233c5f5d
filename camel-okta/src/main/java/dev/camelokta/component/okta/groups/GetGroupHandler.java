package dev.camelokta.component.okta.groups;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaGroup;
import dev.camelokta.component.okta.model.OktaGroupResult;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;

/**
 * getGroup: {@code GET /api/v1/groups/{groupId}} for a group id; for a name, the one group the name search finds
 * (as that search answered it, so one call either way).
 */
final class GetGroupHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        String idOrName = input.text(GroupParameters.GROUP_ID);
        OktaGroup group;
        OktaResponse response;
        if (GroupLocator.looksLikeGroupId(idOrName)) {
            response = client.send(GroupRequests.getGroup(idOrName));
            group = OktaResponses.group(response);
        } else {
            GroupLocator.Found found = GroupLocator.findByName(client, idOrName);
            group = found.group();
            response = found.response();
        }
        return OperationOutcome.group(OktaGroupResult.success(group), response, false, group.getId());
    }
}
