package dev.camelokta.sandbox;

/** One reason a user was refused, as Okta lists it in {@code errorCauses}: "field: message". */
record ValidationCause(String field, String message) {

    static final String BLANK = "The field cannot be left blank";
    static final String PATTERN_MISMATCH = "Does not match required pattern";
    static final String LOGIN_TAKEN = "An object with this field already exists in the current organization";
    static final String TOO_LONG = "The field cannot be longer than ";
    /** The sandbox's wording: Okta's documentation does not show its text for a value of the wrong type. */
    static final String TYPE_MISMATCH = "Does not match the attribute's type: ";
    static final String LOGIN_NOT_EMAIL = "Username must be in the form of an email address";

    /** Okta's cause for a profile property the schema does not define: it names no field before the text. */
    static String undefinedProperty(String name) {
        return "Property name '" + name + "' is not defined in profile";
    }

    String summary() {
        return field + ": " + message;
    }
}
