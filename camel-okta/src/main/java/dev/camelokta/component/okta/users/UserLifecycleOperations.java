package dev.camelokta.component.okta.users;

import java.util.List;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.model.OktaDeleteUserResult;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;

import static dev.camelokta.component.okta.users.UserParameters.DEACTIVATE;
import static dev.camelokta.component.okta.users.UserParameters.SEND_EMAIL;
import static dev.camelokta.component.okta.users.UserParameters.USER_ID;

/**
 * The lifecycle operations on Okta users ({@code /api/v1/users/{id}/lifecycle/...}), clearing their sessions and
 * deleting them: the leavers' path. Each finds the user first, by id, login or email, and is idempotent in effect.
 */
public final class UserLifecycleOperations {

    private static final String SCHEMAS = "/dev/camelokta/component/okta/schemas/";

    /** {@code {"success", "error", "user", ...links}} */
    static final ResultType LIFECYCLE_RESULT = new ResultType(OktaLifecycleResult.class, OktaLifecycleResult::failure,
            SCHEMAS + "lifecycle-result.schema.json");
    /** {@code {"success", "error", "deleted", "user"}} */
    static final ResultType DELETE_USER_RESULT = new ResultType(OktaDeleteUserResult.class,
            OktaDeleteUserResult::failure, SCHEMAS + "delete-user-result.schema.json");

    private static final String FOUND_FIRST = "; the user is found first (`GET /api/v1/users/{id or login}`, or the "
                                              + "email search)";

    static final OperationDescriptor ACTIVATE_USER = transition(OktaOperation.activateUser, LifecycleTransition.ACTIVATE,
            "Activates a STAGED or DEPROVISIONED Okta user. A user already ACTIVE or PROVISIONED is a success without a "
            + "call. With send_email=false the result holds Okta's activation link and token.",
            SEND_EMAIL.defaultValue(true).describedAs("Whether Okta emails the activation link; when false, the result "
                                                      + "holds the link and token instead. Defaults to true."));

    static final OperationDescriptor REACTIVATE_USER = transition(OktaOperation.reactivateUser,
            LifecycleTransition.REACTIVATE,
            "Restarts the activation of a PROVISIONED or RECOVERY Okta user, with a new activation link. With "
            + "send_email=false the result holds Okta's activation link and token.",
            SEND_EMAIL.defaultValue(false).describedAs("Whether Okta emails the activation link; when false, the result "
                                                       + "holds the link and token instead. Defaults to false."));

    static final OperationDescriptor DEACTIVATE_USER = transition(OktaOperation.deactivateUser,
            LifecycleTransition.DEACTIVATE,
            "Deactivates an Okta user (DEPROVISIONED): the leavers' step. A user already DEPROVISIONED is a success "
            + "without a call.",
            SEND_EMAIL.defaultValue(false).describedAs("Whether Okta emails the admin about the deactivation. Defaults "
                                                       + "to false."));

    static final OperationDescriptor SUSPEND_USER = transition(OktaOperation.suspendUser, LifecycleTransition.SUSPEND,
            "Suspends an ACTIVE Okta user, who then cannot sign in; groups and apps are kept. A user already SUSPENDED "
            + "is a success without a call.");

    static final OperationDescriptor UNSUSPEND_USER = transition(OktaOperation.unsuspendUser,
            LifecycleTransition.UNSUSPEND,
            "Returns a SUSPENDED Okta user to ACTIVE. A user already ACTIVE is a success without a call.");

    static final OperationDescriptor UNLOCK_USER = transition(OktaOperation.unlockUser, LifecycleTransition.UNLOCK,
            "Unlocks a LOCKED_OUT Okta user, who is then ACTIVE. A user already ACTIVE is a success without a call.");

    static final OperationDescriptor EXPIRE_PASSWORD = transition(OktaOperation.expirePassword,
            LifecycleTransition.EXPIRE_PASSWORD,
            "Expires the password of an Okta user (PASSWORD_EXPIRED), who must change it at the next sign-in. A user "
            + "already PASSWORD_EXPIRED is a success without a call.");

    static final OperationDescriptor RESET_PASSWORD = transition(OktaOperation.resetPassword,
            LifecycleTransition.RESET_PASSWORD,
            "Starts a password reset for an Okta user (RECOVERY), with a new one-time link. With send_email=false the "
            + "result holds Okta's reset link.",
            SEND_EMAIL.defaultValue(true).describedAs("Whether Okta emails the reset link; when false, the result holds "
                                                      + "the link instead. Defaults to true."));

    static final OperationDescriptor CLEAR_USER_SESSIONS = OperationDescriptor.of(OktaOperation.clearUserSessions)
            .description("Revokes all of an Okta user's sessions, so that the user must sign in again.")
            .parameters(USER_ID.asRequired().describedAs("The Okta user id, login or email of the user."))
            .plainTextBody(USER_ID)
            .request(ClearSessionsHandler.REVOKE_SESSIONS)
            .handler(new ClearSessionsHandler())
            .result(LIFECYCLE_RESULT)
            .oktaCall("`DELETE /api/v1/users/{id}/sessions`, after the user is found (`GET /api/v1/users/{id or login}`, "
                      + "or the email search)")
            .build();

    static final OperationDescriptor DELETE_USER = OperationDescriptor.of(OktaOperation.deleteUser)
            .description("Deletes a DEPROVISIONED Okta user, permanently. Any other user is refused before any change, "
                         + "unless deactivate is true: then it is deactivated first.")
            .parameters(
                    USER_ID.asRequired().describedAs("The Okta user id, login or email of the user."),
                    DEACTIVATE.defaultValue(false).describedAs("Whether to deactivate a user who is not DEPROVISIONED "
                                                               + "first, then delete it. Defaults to false."))
            .plainTextBody(USER_ID)
            .request(DeleteUserHandler.DELETE_USER)
            .handler(new DeleteUserHandler())
            .result(DELETE_USER_RESULT)
            .oktaCall("the user is found first; with `deactivate=true` a user who is not `DEPROVISIONED` gets "
                      + "`POST /api/v1/users/{id}/lifecycle/deactivate`; then `DELETE /api/v1/users/{id}`, never "
                      + "retried blindly: after a lost answer the user is read again")
            .build();

    private UserLifecycleOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(ACTIVATE_USER, REACTIVATE_USER, DEACTIVATE_USER, SUSPEND_USER, UNSUSPEND_USER, UNLOCK_USER,
                EXPIRE_PASSWORD, RESET_PASSWORD, CLEAR_USER_SESSIONS, DELETE_USER);
    }

    /** @param sendEmail the send_email parameter, for the transitions that take it */
    private static OperationDescriptor transition(OktaOperation operation, LifecycleTransition transition,
                                                  String description, OperationParameter... sendEmail) {
        OperationDescriptor.Builder builder = OperationDescriptor.of(operation)
                .description(description)
                .parameters(USER_ID.asRequired().describedAs("The Okta user id, login or email of the user."))
                .parameters(sendEmail)
                .plainTextBody(USER_ID);
        return builder
                .request(transition.request())
                .handler(new LifecycleHandler(transition))
                .result(LIFECYCLE_RESULT)
                .oktaCall("`" + transition.request().describe().replace("{user_id}", "{id}")
                                .replace("{send_email}", "true|false") + "`" + FOUND_FIRST
                          + (transition.sentWhenInState() ? ", and the call is sent again to a user already in the "
                                                            + "target status (a new link)"
                                  : ", and one already in the target status gets no call"))
                .build();
    }
}
