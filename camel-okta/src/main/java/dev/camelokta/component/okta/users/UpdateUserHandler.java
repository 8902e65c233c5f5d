package dev.camelokta.component.okta.users;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaUser;
import dev.camelokta.component.okta.model.OktaUserResult;
import dev.camelokta.component.okta.operation.OktaResponses;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.operation.ProfileSchemas;
import dev.camelokta.component.okta.operation.ProfileWritingHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;
import dev.camelokta.component.okta.operation.UserLocator;

/**
 * updateUser. Without a type change: ONE partial update (POST /api/v1/users/{id}) with only the given fields, which
 * blanks nothing. With type_id, which Okta only changes by a full replace: GET the user (by id, after a search when it
 * was given by an email that is not a login), merge the given fields into its profile, PUT the profile and the type,
 * guarded by the GET's ETag. Before either, a profile attribute that the user's type (the new one, or else the
 * user's own) does not define is refused ({@link ProfileCheck}).
 */
final class UpdateUserHandler implements ProfileWritingHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client, ProfileSchemas schemas) {
        String userId = input.text(UserParameters.USER_ID);
        if (input.has(UserParameters.TYPE_ID)) {
            ProfileCheck.requireDefined(input, client, schemas, OktaOperation.updateUser, input.text(UserParameters.TYPE_ID));
        } else {
            ProfileCheck.requireDefinedForExistingUser(input, client, schemas, OktaOperation.updateUser,
                    () -> typeIdOf(UserLocator.find(client, userId).user()));
        }
        OktaResponse response = input.has(UserParameters.TYPE_ID)
                ? replaceWithType(client, userId, input)
                : partialUpdate(client, userId, input.profile());
        OktaUser user = OktaResponses.user(response);
        return new OperationOutcome(OktaUserResult.success(user), user.getId(), response, false);
    }

    private static String typeIdOf(OktaUser user) {
        return user.getType() == null ? null : user.getType().getId();
    }

    private static OktaResponse partialUpdate(OktaClient client, String userId, Map<String, Object> changes) {
        OktaResponse response = client.send(OktaRequests.partialUpdate(userId, changes));
        if (UserLocator.isNotFound(response) && UserLocator.looksLikeEmail(userId)) {
            // an email that is not a login: find the user's id, then update by id
            OktaUser user = UserLocator.findByEmail(client, userId, response).user();
            response = client.send(OktaRequests.partialUpdate(user.getId(), changes));
        }
        return response;
    }

    private static OktaResponse replaceWithType(OktaClient client, String userId, OktaInput input) {
        UserLocator.Located current = UserLocator.find(client, userId);
        if (current.bySearch()) {
            // Okta's search is eventually consistent ("use an ID lookup for records that you update"): merge into the
            // user as read by id, and guard the replace with that read's ETag
            current = UserLocator.find(client, current.user().getId());
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        // Okta may answer "" for an attribute that is unset, which its request schema refuses for formatted
        // attributes (secondEmail must be an email or null): send such attributes back as null, meaning the same
        current.user().getProfile().forEach((name, value) -> profile.put(name, "".equals(value) ? null : value));
        profile.putAll(input.profile());
        return client.send(OktaRequests.replaceUser(current.user().getId(), profile, input.text(UserParameters.TYPE_ID),
                current.response().etag()));
    }
}
