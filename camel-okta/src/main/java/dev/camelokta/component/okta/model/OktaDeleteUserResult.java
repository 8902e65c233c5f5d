package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of deleteUser: whether the user is deleted, and the user as it was last read before (DEPROVISIONED), or
 * null when a retry found it already gone.
 */
@JsonPropertyOrder({ "success", "error", "deleted", "user" })
public class OktaDeleteUserResult extends OktaResult {

    private boolean deleted;
    private OktaUser user;

    public OktaDeleteUserResult() {
    }

    private OktaDeleteUserResult(boolean success, String error, boolean deleted, OktaUser user) {
        super(success, error);
        this.deleted = deleted;
        this.user = user;
    }

    public static OktaDeleteUserResult deleted(OktaUser lastSeen) {
        return new OktaDeleteUserResult(true, null, true, lastSeen);
    }

    public static OktaDeleteUserResult failure(String error) {
        return new OktaDeleteUserResult(false, error, false, null);
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public OktaUser getUser() {
        return user;
    }

    public void setUser(OktaUser user) {
        this.user = user;
    }
}
