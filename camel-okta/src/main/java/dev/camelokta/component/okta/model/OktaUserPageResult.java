package dev.camelokta.component.okta.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One page of listUsers or listGroupMembers ({@code singlePage=true}): its users in Okta's order, and {@code after},
 * the cursor of the next page (null on the last), to send as {@code after} later.
 */
@JsonPropertyOrder({ "success", "error", "users", "after" })
public class OktaUserPageResult extends OktaResult {

    private List<OktaUser> users = new ArrayList<>();
    private String after;

    public OktaUserPageResult() {
    }

    private OktaUserPageResult(boolean success, String error, List<OktaUser> users, String after) {
        super(success, error);
        this.users = users;
        this.after = after;
    }

    public static OktaUserPageResult success(List<OktaUser> users, String after) {
        return new OktaUserPageResult(true, null, new ArrayList<>(users), after);
    }

    public static OktaUserPageResult failure(String error) {
        return new OktaUserPageResult(false, error, new ArrayList<>(), null);
    }

    public List<OktaUser> getUsers() {
        return users;
    }

    public void setUsers(List<OktaUser> users) {
        this.users = users == null ? new ArrayList<>() : users;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
