package dev.camelokta.examples.provisioning.csv;

import java.util.List;
import java.util.Map;

/**
 * One data row of a users CSV, checked: what to do (join, move, leave), the user's fields keyed by the card's
 * snake_case names, the group changes, or the problem that keeps it from Okta.
 *
 * @param number  the row's position in the file, 1 for the first row after the header
 * @param login   the value in the login column, to name the row in the report; may be null
 * @param action  join, move or leave
 * @param input   the user's fields (createUser's input for a joiner, the changes of a mover); empty when invalid
 * @param groups  the groups column, split: a name to add the user to, or {@code -Name} to remove them from
 * @param problem why the row is invalid, or null
 */
public record UserRow(long number, String login, RowAction action, Map<String, Object> input, List<String> groups,
                      String problem) {

    public UserRow {
        input = Map.copyOf(input);
        groups = List.copyOf(groups);
    }

    /** A joiner without groups. */
    public static UserRow valid(long number, String login, Map<String, Object> input) {
        return valid(number, login, RowAction.JOIN, input, List.of());
    }

    public static UserRow valid(long number, String login, RowAction action, Map<String, Object> input,
                                List<String> groups) {
        return new UserRow(number, login, action, input, groups, null);
    }

    public static UserRow invalid(long number, String login, String problem) {
        return new UserRow(number, login, RowAction.JOIN, Map.of(), List.of(), problem);
    }

    public boolean isValid() {
        return problem == null;
    }
}
