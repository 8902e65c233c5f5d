package dev.camelokta.sandbox;

/** {@code DELETE /api/v1/users/{id}} (Okta's two steps) and {@code DELETE /api/v1/users/{userId}/sessions}. */
final class UserDeletionOperations {

    private final UserCommands commands;
    private final UserStore store;

    UserDeletionOperations(UserCommands commands, UserStore store) {
        this.commands = commands;
        this.store = store;
    }

    /** Deactivates a user who is not DEPROVISIONED, deletes one who is; 204 both times, then 404. */
    ApiResponse delete(ApiRequest request) {
        BooleanParameter.read(request, "sendEmail", false);
        commands.delete(request.segment(3));
        return ApiResponse.noContent();
    }

    /** The sandbox keeps no sessions, so there is nothing to revoke; the user must exist. */
    ApiResponse revokeSessions(ApiRequest request) {
        BooleanParameter.read(request, "oauthTokens", false);
        BooleanParameter.read(request, "forgetDevices", true);
        String userId = request.segment(3);
        if (store.byId(userId).isEmpty()) {
            throw new OktaApiException(OktaError.userNotFound(userId));
        }
        return ApiResponse.noContent();
    }
}
