package dev.camelokta.component.okta.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A typed body for updateUser: the user to update and only the fields to change (null fields are left as they are).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UpdateUserRequest implements OktaRequestBody {

    @JsonProperty("user_id")
    private String userId;
    @JsonProperty("first_name")
    private String firstName;
    @JsonProperty("last_name")
    private String lastName;
    @JsonProperty("email")
    private String email;
    @JsonProperty("login")
    private String login;
    @JsonProperty("mobile_phone")
    private String mobilePhone;
    @JsonProperty("profile")
    private Map<String, Object> profile;
    @JsonProperty("type_id")
    private String typeId;

    public UpdateUserRequest() {
    }

    public UpdateUserRequest(String userId) {
        this.userId = userId;
    }

    public String getUserId() {
        return userId;
    }

    public UpdateUserRequest setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getFirstName() {
        return firstName;
    }

    public UpdateUserRequest setFirstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public String getLastName() {
        return lastName;
    }

    public UpdateUserRequest setLastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public UpdateUserRequest setEmail(String email) {
        this.email = email;
        return this;
    }

    public String getLogin() {
        return login;
    }

    public UpdateUserRequest setLogin(String login) {
        this.login = login;
        return this;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public UpdateUserRequest setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
        return this;
    }

    /** Further Okta profile attributes by their Okta name (department, costCenter, a custom one...). */
    public Map<String, Object> getProfile() {
        return profile;
    }

    public UpdateUserRequest setProfile(Map<String, Object> profile) {
        this.profile = profile;
        return this;
    }

    public String getTypeId() {
        return typeId;
    }

    public UpdateUserRequest setTypeId(String typeId) {
        this.typeId = typeId;
        return this;
    }
}
