package dev.camelokta.sandbox;

/** One reason a user was refused, as Okta lists it in {@code errorCauses}: "field: message". */
record ValidationCause(String field, String message) {

    static final String BLANK = "The field cannot be left blank";
    static final String PATTERN_MISMATCH = "Does not match required pattern";
    static final String LOGIN_TAKEN = "An object with this field already exists in the current organization";
    static final String TOO_LONG = "The field cannot be longer than ";
    static final String LOGIN_NOT_EMAIL = "Username must be in the form of an email address";

    String summary() {
        return field + ": " + message;
    }
}
