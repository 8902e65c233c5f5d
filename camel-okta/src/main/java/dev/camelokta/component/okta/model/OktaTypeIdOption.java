package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One user type as a choice: its display name as label, its id as value.
 */
@JsonPropertyOrder({ "label", "value" })
public class OktaTypeIdOption {

    private String label;
    private String value;

    public OktaTypeIdOption() {
    }

    public OktaTypeIdOption(String label, String value) {
        this.label = label;
        this.value = value;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
