package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of createUser, getUser and updateUser.
 */
@JsonPropertyOrder({ "success", "error", "user" })
public class OktaUserResult extends OktaResult {

    private OktaUser user;

    public OktaUserResult() {
    }

    private OktaUserResult(boolean success, String error, OktaUser user) {
        super(success, error);
        this.user = user;
    }

    public static OktaUserResult success(OktaUser user) {
        return new OktaUserResult(true, null, user);
    }

    public static OktaUserResult failure(String error) {
        return new OktaUserResult(false, error, null);
    }

    public OktaUser getUser() {
        return user;
    }

    public void setUser(OktaUser user) {
        this.user = user;
    }
}
