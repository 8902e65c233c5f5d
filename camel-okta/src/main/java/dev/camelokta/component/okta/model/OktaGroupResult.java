package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of getGroup and createGroup.
 */
@JsonPropertyOrder({ "success", "error", "group" })
public class OktaGroupResult extends OktaResult {

    private OktaGroup group;

    public OktaGroupResult() {
    }

    private OktaGroupResult(boolean success, String error, OktaGroup group) {
        super(success, error);
        this.group = group;
    }

    public static OktaGroupResult success(OktaGroup group) {
        return new OktaGroupResult(true, null, group);
    }

    public static OktaGroupResult failure(String error) {
        return new OktaGroupResult(false, error, null);
    }

    public OktaGroup getGroup() {
        return group;
    }

    public void setGroup(OktaGroup group) {
        this.group = group;
    }
}
