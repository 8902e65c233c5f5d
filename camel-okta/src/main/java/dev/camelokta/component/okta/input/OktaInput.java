package dev.camelokta.component.okta.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelokta.component.okta.api.InputSpec;
import dev.camelokta.component.okta.api.OperationParameter;

/**
 * The parameters of one call, resolved from headers, body and endpoint defaults, by parameter name.
 */
public final class OktaInput {

    private final InputSpec spec;
    private final Map<String, Object> values;

    public OktaInput(InputSpec spec, Map<String, Object> values) {
        this.spec = spec;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a parameter by its snake_case name, or null. */
    public Object value(String name) {
        return values.get(name);
    }

    public String text(OperationParameter parameter) {
        Object value = values.get(parameter.name());
        return value == null ? null : value.toString();
    }

    public Boolean flag(OperationParameter parameter) {
        return (Boolean) values.get(parameter.name());
    }

    public boolean has(OperationParameter parameter) {
        return values.containsKey(parameter.name());
    }

    /**
     * The given Okta profile attributes, e.g. {firstName: "Ada", login: "ada@x.com", department: "R&D"}: the card's keys
     * in the parameters' order, then the entries of a profile map (the resolver has checked that they agree).
     */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        for (OperationParameter parameter : spec.parameters()) {
            Object value = values.get(parameter.name());
            if (!parameter.profileAttribute() || value == null) {
                continue;
            }
            if (value instanceof Map<?, ?> attributes) {
                attributes.forEach((name, attribute) -> profile.putIfAbsent(String.valueOf(name), attribute));
            } else {
                profile.put(parameter.camelCaseName(), value);
            }
        }
        return profile;
    }
}
