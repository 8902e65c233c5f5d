package dev.camelokta.examples.provisioning.csv;

import java.util.Map;

/**
 * One data row of a users CSV, checked: either createUser's input, keyed by the card's snake_case names, or the
 * problem that keeps it from Okta.
 *
 * @param number  the row's position in the file, 1 for the first row after the header
 * @param login   the value in the login column, to name the row in the report; may be null
 * @param input   createUser's input; empty when the row is invalid
 * @param problem why the row is invalid, or null
 */
public record UserRow(long number, String login, Map<String, Object> input, String problem) {

    public UserRow {
        input = Map.copyOf(input);
    }

    public static UserRow valid(long number, String login, Map<String, Object> input) {
        return new UserRow(number, login, input, null);
    }

    public static UserRow invalid(long number, String login, String problem) {
        return new UserRow(number, login, Map.of(), problem);
    }

    public boolean isValid() {
        return problem == null;
    }
}
