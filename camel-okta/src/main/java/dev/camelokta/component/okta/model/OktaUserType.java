package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The reference to a user's type, as it stands in a user resource.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class OktaUserType {

    private String id;

    public OktaUserType() {
    }

    public OktaUserType(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
