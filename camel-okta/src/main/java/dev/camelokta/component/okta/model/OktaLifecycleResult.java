package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of a lifecycle operation (activateUser, deactivateUser, ..., clearUserSessions): the user in its new
 * state and, for activateUser, reactivateUser and resetPassword with send_email=false, the link Okta returned. That
 * link is a credential: it is in this body only, never in a header or a log line.
 */
@JsonPropertyOrder({ "success", "error", "user", "activationUrl", "activationToken", "resetPasswordUrl" })
public class OktaLifecycleResult extends OktaResult {

    private OktaUser user;
    private String activationUrl;
    private String activationToken;
    private String resetPasswordUrl;

    public OktaLifecycleResult() {
    }

    private OktaLifecycleResult(boolean success, String error, OktaUser user) {
        super(success, error);
        this.user = user;
    }

    public static OktaLifecycleResult success(OktaUser user) {
        return new OktaLifecycleResult(true, null, user);
    }

    public static OktaLifecycleResult failure(String error) {
        return new OktaLifecycleResult(false, error, null);
    }

    /** This result with the links of Okta's answer ({@code UserActivationToken} or {@code ResetPasswordToken}). */
    public OktaLifecycleResult withLinks(String activationUrl, String activationToken, String resetPasswordUrl) {
        this.activationUrl = activationUrl;
        this.activationToken = activationToken;
        this.resetPasswordUrl = resetPasswordUrl;
        return this;
    }

    public OktaUser getUser() {
        return user;
    }

    public void setUser(OktaUser user) {
        this.user = user;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String getActivationUrl() {
        return activationUrl;
    }

    public void setActivationUrl(String activationUrl) {
        this.activationUrl = activationUrl;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String getActivationToken() {
        return activationToken;
    }

    public void setActivationToken(String activationToken) {
        this.activationToken = activationToken;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String getResetPasswordUrl() {
        return resetPasswordUrl;
    }

    public void setResetPasswordUrl(String resetPasswordUrl) {
        this.resetPasswordUrl = resetPasswordUrl;
    }
}
