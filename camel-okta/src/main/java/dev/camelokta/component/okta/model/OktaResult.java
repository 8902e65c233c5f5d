package dev.camelokta.component.okta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What every okta operation puts in the body: whether it succeeded, and if not, one readable line saying why.
 */
@JsonPropertyOrder({ "success", "error" })
public abstract class OktaResult {

    private boolean success;
    private String error;

    protected OktaResult() {
    }

    protected OktaResult(boolean success, String error) {
        this.success = success;
        this.error = error;
    }

    public boolean isSuccess() {
        return success;
    }

    public void setSuccess(boolean success) {
        this.success = success;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    /** The card's output JSON. */
    @Override
    public String toString() {
        return OktaJson.write(this);
    }
}
