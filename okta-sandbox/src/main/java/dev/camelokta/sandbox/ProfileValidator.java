package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a whole profile as Okta's default user schema does: {@code login}, {@code email},
 * {@code firstName} and {@code lastName} are required, names are at most 50 characters, {@code email} must
 * be an address of 5 to 100 characters, and {@code login} must be in the form of an email address (Okta's
 * default login pattern). {@link ProfileSchema} applies these rules and checks the other attributes.
 */
final class ProfileValidator {

    static final List<String> REQUIRED = List.of("login", "email", "firstName", "lastName");

    /**
     * A pragmatic RFC 5322 "dot-atom" address, letters of any script allowed (RFC 6531), quoted local parts not:
     * what Okta accepts in practice.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[\\p{L}\\p{N}]([\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?"
                    + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?)+");
    private static final int EMAIL_MIN_LENGTH = 5;
    private static final int EMAIL_MAX_LENGTH = 100;
    /** The spec's {@code maxLength} of {@code firstName} and {@code lastName}. */
    private static final int NAME_MAX_LENGTH = 50;

    private ProfileValidator() {
    }

    /** Every reason the required attributes are refused, in Okta's order of fields; empty when they are accepted. */
    static List<ValidationCause> check(Map<String, Object> profile) {
        List<ValidationCause> causes = new ArrayList<>();
        for (String field : REQUIRED) {
            Object value = profile.get(field);
            if (value == null || (value instanceof String text && text.isBlank())) {
                causes.add(new ValidationCause(field, ValidationCause.BLANK));
            } else if (!(value instanceof String)) {
                causes.add(new ValidationCause(field, ValidationCause.PATTERN_MISMATCH));
            }
        }
        for (String field : List.of("firstName", "lastName")) {
            if (profile.get(field) instanceof String name && name.length() > NAME_MAX_LENGTH) {
                causes.add(new ValidationCause(field, ValidationCause.TOO_LONG + NAME_MAX_LENGTH + " characters"));
            }
        }
        if (profile.get("login") instanceof String login && !login.isBlank() && !isEmailAddress(login)) {
            causes.add(new ValidationCause("login", ValidationCause.LOGIN_NOT_EMAIL));
        }
        if (profile.get("email") instanceof String email && !email.isBlank() && !isEmailAddress(email)) {
            causes.add(new ValidationCause("email", ValidationCause.PATTERN_MISMATCH));
        }
        return causes;
    }

    static boolean isEmailAddress(String text) {
        return text.length() >= EMAIL_MIN_LENGTH && text.length() <= EMAIL_MAX_LENGTH && EMAIL.matcher(text).matches();
    }
}
