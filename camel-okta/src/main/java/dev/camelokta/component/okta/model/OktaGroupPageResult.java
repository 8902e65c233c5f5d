package dev.camelokta.component.okta.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One page of listGroups or listUserGroups ({@code singlePage=true}): its groups in Okta's order, and {@code after},
 * the cursor of the next page (null on the last), to send as {@code after} later.
 */
@JsonPropertyOrder({ "success", "error", "groups", "after" })
public class OktaGroupPageResult extends OktaResult {

    private List<OktaGroup> groups = new ArrayList<>();
    private String after;

    public OktaGroupPageResult() {
    }

    private OktaGroupPageResult(boolean success, String error, List<OktaGroup> groups, String after) {
        super(success, error);
        this.groups = groups;
        this.after = after;
    }

    public static OktaGroupPageResult success(List<OktaGroup> groups, String after) {
        return new OktaGroupPageResult(true, null, new ArrayList<>(groups), after);
    }

    public static OktaGroupPageResult failure(String error) {
        return new OktaGroupPageResult(false, error, new ArrayList<>(), null);
    }

    public List<OktaGroup> getGroups() {
        return groups;
    }

    public void setGroups(List<OktaGroup> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
