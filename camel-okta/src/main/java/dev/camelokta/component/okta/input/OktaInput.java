package dev.camelokta.component.okta.input;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of one call, resolved from headers, body and endpoint defaults.
 */
public final class OktaInput {

    private final Map<OktaParameter, Object> values;

    public OktaInput(Map<OktaParameter, Object> values) {
        Map<OktaParameter, Object> copy = new EnumMap<>(OktaParameter.class);
        copy.putAll(values);
        this.values = Collections.unmodifiableMap(copy);
    }

    public String text(OktaParameter parameter) {
        Object value = values.get(parameter);
        return value == null ? null : value.toString();
    }

    public Boolean flag(OktaParameter parameter) {
        return (Boolean) values.get(parameter);
    }

    public boolean has(OktaParameter parameter) {
        return values.containsKey(parameter);
    }

    /** The given Okta profile attributes, e.g. {firstName: "Ada", login: "ada@x.com"}, in the card's order. */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        values.forEach((parameter, value) -> {
            if (parameter.profileAttribute() != null) {
                profile.put(parameter.profileAttribute(), value);
            }
        });
        return profile;
    }
}
