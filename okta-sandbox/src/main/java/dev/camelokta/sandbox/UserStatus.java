package dev.camelokta.sandbox;

/**
 * Okta's user statuses. Creation gives {@link #STAGED} ({@code activate=false}) or {@link #ACTIVE}; the lifecycle
 * operations move a user between the others as {@link LifecycleOperation} describes.
 */
public enum UserStatus {
    /** Created with {@code activate=true} (the default), activated with a password, unsuspended or unlocked. */
    ACTIVE,
    /** Created with {@code activate=false}: not yet activated. */
    STAGED,
    /** Activated without a password: the user has yet to complete the activation flow. */
    PROVISIONED,
    /** A password reset was started ({@code reset_password}). */
    RECOVERY,
    /** The password was expired ({@code expire_password}). */
    PASSWORD_EXPIRED,
    /** Too many failed sign-ins; {@link OktaSandbox#lockOut(String)} puts a user here. */
    LOCKED_OUT,
    /** Suspended by an admin. */
    SUSPENDED,
    /** Deactivated: by {@code lifecycle/deactivate} or a first {@code DELETE}. */
    DEPROVISIONED
}
