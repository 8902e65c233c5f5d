package dev.camelokta.component.okta.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of listTypeIdOptions: the org's user types in Okta's order (empty when the call failed).
 */
@JsonPropertyOrder({ "success", "error", "options" })
public class OktaTypeIdOptionsResult extends OktaResult {

    private List<OktaTypeIdOption> options = new ArrayList<>();

    public OktaTypeIdOptionsResult() {
    }

    private OktaTypeIdOptionsResult(boolean success, String error, List<OktaTypeIdOption> options) {
        super(success, error);
        this.options = options;
    }

    public static OktaTypeIdOptionsResult success(List<OktaTypeIdOption> options) {
        return new OktaTypeIdOptionsResult(true, null, new ArrayList<>(options));
    }

    public static OktaTypeIdOptionsResult failure(String error) {
        return new OktaTypeIdOptionsResult(false, error, new ArrayList<>());
    }

    public List<OktaTypeIdOption> getOptions() {
        return options;
    }

    public void setOptions(List<OktaTypeIdOption> options) {
        this.options = options == null ? new ArrayList<>() : options;
    }
}
