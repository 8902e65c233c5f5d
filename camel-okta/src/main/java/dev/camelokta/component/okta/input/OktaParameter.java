package dev.camelokta.component.okta.input;

import java.util.Arrays;
import java.util.Optional;

import dev.camelokta.component.okta.OktaConstants;

/**
 * The integration card's parameters: each has its card name (snake_case), a camelCase alias for bodies and a header.
 */
public enum OktaParameter {

    FIRST_NAME("first_name", "firstName", OktaConstants.FIRST_NAME, "firstName"),
    LAST_NAME("last_name", "lastName", OktaConstants.LAST_NAME, "lastName"),
    EMAIL("email", "email", OktaConstants.EMAIL, "email"),
    LOGIN("login", "login", OktaConstants.LOGIN, "login"),
    MOBILE_PHONE("mobile_phone", "mobilePhone", OktaConstants.MOBILE_PHONE, "mobilePhone"),
    TYPE_ID("type_id", "typeId", OktaConstants.TYPE_ID, null),
    ACTIVATE("activate", "activate", OktaConstants.ACTIVATE, null),
    USER_ID("user_id", "userId", OktaConstants.USER_ID, null);

    private final String cardName;
    private final String camelCaseName;
    private final String header;
    private final String profileAttribute;

    OktaParameter(String cardName, String camelCaseName, String header, String profileAttribute) {
        this.cardName = cardName;
        this.camelCaseName = camelCaseName;
        this.header = header;
        this.profileAttribute = profileAttribute;
    }

    public String cardName() {
        return cardName;
    }

    public String header() {
        return header;
    }

    /** The Okta profile attribute this parameter sets, or null when it is not a profile field. */
    public String profileAttribute() {
        return profileAttribute;
    }

    public boolean isBoolean() {
        return this == ACTIVATE;
    }

    /** The parameter a body key names, in snake_case or camelCase. */
    public static Optional<OktaParameter> forKey(String key) {
        return Arrays.stream(values())
                .filter(parameter -> parameter.cardName.equals(key) || parameter.camelCaseName.equals(key))
                .findFirst();
    }
}
