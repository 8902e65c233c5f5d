package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A typed body for getUser: the Okta user id, login or email.
 */
public class GetUserRequest implements OktaRequestBody {

    @JsonProperty("user_id")
    private String userId;

    public GetUserRequest() {
    }

    public GetUserRequest(String userId) {
        this.userId = userId;
    }

    public String getUserId() {
        return userId;
    }

    public GetUserRequest setUserId(String userId) {
        this.userId = userId;
        return this;
    }
}
