package dev.camelokta.component.okta;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.camelokta.component.okta.input.OktaParameter;

import static dev.camelokta.component.okta.input.OktaParameter.ACTIVATE;
import static dev.camelokta.component.okta.input.OktaParameter.EMAIL;
import static dev.camelokta.component.okta.input.OktaParameter.FIRST_NAME;
import static dev.camelokta.component.okta.input.OktaParameter.LAST_NAME;
import static dev.camelokta.component.okta.input.OktaParameter.LOGIN;
import static dev.camelokta.component.okta.input.OktaParameter.MOBILE_PHONE;
import static dev.camelokta.component.okta.input.OktaParameter.TYPE_ID;
import static dev.camelokta.component.okta.input.OktaParameter.USER_ID;

/**
 * The operations of the okta component, with the card's parameters each takes. Each also answers to the integration
 * card's snake_case name.
 */
public enum OktaOperation {

    createUser("create_user",
               List.of(FIRST_NAME, LAST_NAME, EMAIL, LOGIN),
               List.of(MOBILE_PHONE, TYPE_ID, ACTIVATE)),
    getUser("get_user",
            List.of(USER_ID),
            List.of()),
    updateUser("update_user",
               List.of(USER_ID),
               List.of(FIRST_NAME, LAST_NAME, EMAIL, LOGIN, MOBILE_PHONE, TYPE_ID)),
    listTypeIdOptions("list_type_id_options",
                      List.of(),
                      List.of());

    private final String cardName;
    private final List<OktaParameter> required;
    private final List<OktaParameter> optional;
    private final List<OktaParameter> parameters;

    OktaOperation(String cardName, List<OktaParameter> required, List<OktaParameter> optional) {
        this.cardName = cardName;
        this.required = required;
        this.optional = optional;
        this.parameters = Stream.concat(required.stream(), optional.stream()).toList(); // read on every call
    }

    public String cardName() {
        return cardName;
    }

    public List<OktaParameter> requiredParameters() {
        return required;
    }

    public boolean accepts(OktaParameter parameter) {
        return required.contains(parameter) || optional.contains(parameter);
    }

    /** The parameters in the card's order, required first. */
    public List<OktaParameter> parameters() {
        return parameters;
    }

    /**
     * Parses a camelCase or snake_case operation name.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OktaOperation fromName(String name) {
        String trimmed = name == null ? "" : name.trim();
        for (OktaOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(trimmed) || operation.cardName.equalsIgnoreCase(trimmed)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown okta operation '" + trimmed + "': use one of "
                                           + Arrays.stream(values()).map(o -> o.name() + " (" + o.cardName + ")")
                                                   .collect(Collectors.joining(", "))
                                           + ", e.g. okta:createUser");
    }
}
