package dev.camelokta.component.okta.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An Okta group. Fields Okta sends beyond these ({@code _links}, {@code _embedded}) are dropped; {@code profile}
 * keeps everything Okta sent ({@code name}, {@code description}, an app group's attributes).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "id", "type", "created", "lastUpdated", "lastMembershipUpdated", "objectClass", "profile" })
public class OktaGroup {

    private String id;
    private String type;
    private String created;
    private String lastUpdated;
    private String lastMembershipUpdated;
    private List<String> objectClass;
    private Map<String, Object> profile;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** OKTA_GROUP, APP_GROUP or BUILT_IN. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCreated() {
        return created;
    }

    public void setCreated(String created) {
        this.created = created;
    }

    public String getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(String lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public String getLastMembershipUpdated() {
        return lastMembershipUpdated;
    }

    public void setLastMembershipUpdated(String lastMembershipUpdated) {
        this.lastMembershipUpdated = lastMembershipUpdated;
    }

    public List<String> getObjectClass() {
        return objectClass;
    }

    public void setObjectClass(List<String> objectClass) {
        this.objectClass = objectClass;
    }

    public Map<String, Object> getProfile() {
        return profile;
    }

    public void setProfile(Map<String, Object> profile) {
        this.profile = profile;
    }

    /** The profile's name, or null. */
    public String name() {
        Object name = profile == null ? null : profile.get("name");
        return name == null ? null : name.toString();
    }

    /** The profile's description, or null. */
    public String description() {
        Object description = profile == null ? null : profile.get("description");
        return description == null ? null : description.toString();
    }

    @Override
    public String toString() {
        return OktaJson.write(this);
    }
}
