package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of addUserToGroup and removeUserFromGroup: the group and the user, by the Okta ids the call resolved
 * (a group name, a login or an email given as input becomes the id here). Okta answers 204 whether or not the
 * membership changed, so the result says the user is now a member (or not), not whether it was before.
 */
@JsonPropertyOrder({ "success", "error", "group_id", "user_id" })
public class OktaMembershipResult extends OktaResult {

    @JsonProperty("group_id")
    private String groupId;
    @JsonProperty("user_id")
    private String userId;

    public OktaMembershipResult() {
    }

    private OktaMembershipResult(boolean success, String error, String groupId, String userId) {
        super(success, error);
        this.groupId = groupId;
        this.userId = userId;
    }

    public static OktaMembershipResult success(String groupId, String userId) {
        return new OktaMembershipResult(true, null, groupId, userId);
    }

    public static OktaMembershipResult failure(String error) {
        return new OktaMembershipResult(false, error, null, null);
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }
}
