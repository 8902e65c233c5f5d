package dev.camelokta.component.okta.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A typed body for createUser. Fields left null fall back to headers' absence rules: required ones are reported
 * missing, optional ones are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CreateUserRequest implements OktaRequestBody {

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
    @JsonProperty("activate")
    private Boolean activate;

    public CreateUserRequest() {
    }

    public CreateUserRequest(String firstName, String lastName, String email, String login) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.login = login;
    }

    public String getFirstName() {
        return firstName;
    }

    public CreateUserRequest setFirstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public String getLastName() {
        return lastName;
    }

    public CreateUserRequest setLastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public CreateUserRequest setEmail(String email) {
        this.email = email;
        return this;
    }

    public String getLogin() {
        return login;
    }

    public CreateUserRequest setLogin(String login) {
        this.login = login;
        return this;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public CreateUserRequest setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
        return this;
    }

    /** Further Okta profile attributes by their Okta name (department, costCenter, a custom one...). */
    public Map<String, Object> getProfile() {
        return profile;
    }

    public CreateUserRequest setProfile(Map<String, Object> profile) {
        this.profile = profile;
        return this;
    }

    public String getTypeId() {
        return typeId;
    }

    public CreateUserRequest setTypeId(String typeId) {
        this.typeId = typeId;
        return this;
    }

    public Boolean getActivate() {
        return activate;
    }

    public CreateUserRequest setActivate(Boolean activate) {
        this.activate = activate;
        return this;
    }
}
