package dev.camelokta.sandbox;

import static dev.camelokta.sandbox.UserStatus.ACTIVE;
import static dev.camelokta.sandbox.UserStatus.DEPROVISIONED;
import static dev.camelokta.sandbox.UserStatus.LOCKED_OUT;
import static dev.camelokta.sandbox.UserStatus.PASSWORD_EXPIRED;
import static dev.camelokta.sandbox.UserStatus.PROVISIONED;
import static dev.camelokta.sandbox.UserStatus.RECOVERY;
import static dev.camelokta.sandbox.UserStatus.STAGED;
import static dev.camelokta.sandbox.UserStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Okta's status machine, one constant per {@code POST /api/v1/users/{id}/lifecycle/{operation}}: the statuses it
 * may start from, the status it leads to, and Okta's error for any other status.
 */
enum LifecycleOperation {

    /** From STAGED or DEPROVISIONED; ACTIVE with a password, PROVISIONED without one. */
    ACTIVATE("activate", EnumSet.of(STAGED, DEPROVISIONED), null, key -> OktaError.alreadyActive()),
    /** Restarts the activation of a user who has not completed it. */
    REACTIVATE("reactivate", EnumSet.of(PROVISIONED, RECOVERY), PROVISIONED,
            key -> OktaError.notAllowedInCurrentStatus()),
    /** Okta answers a second deactivation as if the user did not exist. */
    DEACTIVATE("deactivate", EnumSet.complementOf(EnumSet.of(DEPROVISIONED)), DEPROVISIONED, OktaError::userNotFound),
    SUSPEND("suspend", EnumSet.of(ACTIVE), SUSPENDED,
            key -> OktaError.apiValidationFailed("suspendUser", "Cannot suspend a user that is not active")),
    UNSUSPEND("unsuspend", EnumSet.of(SUSPENDED), ACTIVE,
            key -> OktaError.apiValidationFailed("unsuspendUser", "Cannot unsuspend a user that is not suspended")),
    /** An ACTIVE user may be unlocked too (Okta: one blocked from unknown devices); the status stays. */
    UNLOCK("unlock", EnumSet.of(LOCKED_OUT, ACTIVE), ACTIVE, key -> OktaError.unlockNotAllowed()),
    EXPIRE_PASSWORD("expire_password", EnumSet.of(ACTIVE, PASSWORD_EXPIRED), PASSWORD_EXPIRED,
            key -> OktaError.notAllowedInCurrentStatus()),
    EXPIRE_PASSWORD_WITH_TEMP_PASSWORD("expire_password_with_temp_password", EnumSet.of(ACTIVE, PASSWORD_EXPIRED),
            PASSWORD_EXPIRED, key -> OktaError.notAllowedInCurrentStatus()),
    RESET_PASSWORD("reset_password", EnumSet.of(ACTIVE, PROVISIONED, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT),
            RECOVERY, key -> OktaError.notAllowedInCurrentStatus());

    private final String pathSegment;
    private final Set<UserStatus> allowedFrom;
    private final UserStatus target;
    private final Function<String, OktaError> refusal;

    LifecycleOperation(String pathSegment, Set<UserStatus> allowedFrom, UserStatus target,
                       Function<String, OktaError> refusal) {
        this.pathSegment = pathSegment;
        this.allowedFrom = allowedFrom;
        this.target = target;
        this.refusal = refusal;
    }

    /** The last segment of the operation's path, such as {@code expire_password}. */
    String pathSegment() {
        return pathSegment;
    }

    boolean allowedFrom(UserStatus status) {
        return allowedFrom.contains(status);
    }

    /** The status after the operation; activation depends on whether the user has a password. */
    UserStatus target(SandboxUser user) {
        if (this == ACTIVATE) {
            return user.hasPassword() ? ACTIVE : PROVISIONED;
        }
        return target;
    }

    /** Okta's answer to the operation on a user whose status does not allow it; {@code key} as the path gave it. */
    OktaError refusal(String key) {
        return refusal.apply(key);
    }
}
