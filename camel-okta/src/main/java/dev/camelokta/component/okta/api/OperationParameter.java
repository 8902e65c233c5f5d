package dev.camelokta.component.okta.api;

import java.util.Locale;

/**
 * One parameter of one operation, as the operation's descriptor declares it. Its snake_case {@code name} is the body
 * key (camelCase accepted too) and an input schema property; its header is {@code CamelOkta} + the name in
 * PascalCase. Common parameters are declared once per resource and refined per operation: the same {@code type_id}
 * is optional with one description in createUser and another in updateUser.
 *
 * @param name             snake_case, e.g. {@code first_name}
 * @param type             how a value is read, and its schema and header type
 * @param required         whether the call is refused without it
 * @param description      one line, for the input schema, agent tools and docs
 * @param endpointOption   the endpoint option giving the value when the exchange does not, e.g. {@code typeId}; or null
 * @param defaultValue     the value when neither the exchange nor an endpoint option gives one; or null
 * @param profileAttribute whether the value is the Okta profile attribute of the same name in camelCase
 * @param pathSegmentHint  for a value that becomes one path segment: what a valid value is, e.g. "an Okta user id
 *                         (00u...), a login or an email"; or null
 */
public record OperationParameter(String name, ParameterType type, boolean required, String description,
                                 String endpointOption, Object defaultValue, boolean profileAttribute,
                                 String pathSegmentHint) {

    public OperationParameter {
        if (name == null || !name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw new IllegalArgumentException("An operation parameter's name is snake_case, e.g. first_name: " + name);
        }
        if (type == null || description == null || description.isBlank()) {
            throw new IllegalArgumentException("Parameter " + name + " needs a type and a one-line description");
        }
    }

    /** An optional text parameter. */
    public static OperationParameter string(String name, String description) {
        return new OperationParameter(name, ParameterType.STRING, false, description, null, null, false, null);
    }

    /** An optional true/false parameter. */
    public static OperationParameter bool(String name, String description) {
        return new OperationParameter(name, ParameterType.BOOLEAN, false, description, null, null, false, null);
    }

    /** An optional whole-number parameter. */
    public static OperationParameter integer(String name, String description) {
        return new OperationParameter(name, ParameterType.INTEGER, false, description, null, null, false, null);
    }

    /** An optional object parameter, such as a map of profile attributes. */
    public static OperationParameter map(String name, String description) {
        return new OperationParameter(name, ParameterType.MAP, false, description, null, null, false, null);
    }

    public OperationParameter asRequired() {
        return new OperationParameter(name, type, true, description, endpointOption, defaultValue, profileAttribute,
                pathSegmentHint);
    }

    public OperationParameter describedAs(String description) {
        return new OperationParameter(name, type, required, description, endpointOption, defaultValue, profileAttribute,
                pathSegmentHint);
    }

    /** The value of this endpoint option is used when the exchange gives none. */
    public OperationParameter endpointDefault(String endpointOption) {
        return new OperationParameter(name, type, required, description, endpointOption, defaultValue, profileAttribute,
                pathSegmentHint);
    }

    /** The value used when neither the exchange nor an endpoint option gives one; also the schema's default. */
    public OperationParameter defaultValue(Object defaultValue) {
        return new OperationParameter(name, type, required, description, endpointOption, defaultValue, profileAttribute,
                pathSegmentHint);
    }

    /**
     * The value is the Okta profile attribute named as this parameter in camelCase ({@code first_name}: firstName); for
     * a {@link ParameterType#MAP} parameter (createUser's {@code profile}), each of its entries is a profile attribute.
     */
    public OperationParameter inProfile() {
        return new OperationParameter(name, type, required, description, endpointOption, defaultValue, true,
                pathSegmentHint);
    }

    /** The value becomes one path segment; "." and ".." are refused with this hint of what a valid value is. */
    public OperationParameter pathSegment(String hint) {
        return new OperationParameter(name, type, required, description, endpointOption, defaultValue, profileAttribute,
                hint);
    }

    /** The body key in camelCase, also the Okta profile attribute: {@code first_name} gives {@code firstName}. */
    public String camelCaseName() {
        String pascal = pascalCase();
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** The input header: {@code CamelOkta} + the name in PascalCase, e.g. {@code CamelOktaFirstName}. */
    public String header() {
        return "CamelOkta" + pascalCase();
    }

    /** Whether a body key names this parameter, in snake_case or camelCase. */
    public boolean isNamedBy(String key) {
        return name.equals(key) || camelCaseName().equals(key);
    }

    private String pascalCase() {
        StringBuilder pascal = new StringBuilder();
        for (String word : name.split("_")) {
            pascal.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return pascal.toString();
    }
}
