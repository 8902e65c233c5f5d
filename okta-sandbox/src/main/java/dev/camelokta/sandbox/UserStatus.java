package dev.camelokta.sandbox;

/** The statuses a sandbox user can have: the sandbox models creation with and without activation. */
public enum UserStatus {
    /** Created with {@code activate=true} (the default). */
    ACTIVE,
    /** Created with {@code activate=false}. */
    STAGED
}
