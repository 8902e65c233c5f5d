package dev.camelokta.examples.provisioning.csv;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * Checks a data row against the header before it costs an Okta call: the column count, the action, the values that
 * action requires (all four names for a joiner, the login for a mover or a leaver), the email's shape and the
 * activate flag. Okta checks the rest (a login already taken, its own formats).
 */
public final class UserRowParser {

    /** Something@something.tld: catches the typical slips, leaves the fine print to Okta. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final UserCsvHeader header;
    private final int loginIndex;

    public UserRowParser(UserCsvHeader header) {
        this.header = header;
        this.loginIndex = header.indexOf("login");
    }

    public UserRow parse(long number, List<String> values) {
        String login = loginIndex < values.size() ? blankToNull(values.get(loginIndex)) : null;
        if (values.size() != header.size()) {
            return UserRow.invalid(number, login, "wrong column count: " + values.size() + " values for the "
                                                  + header.size() + " columns of the header");
        }
        Map<String, Object> input = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String value = blankToNull(values.get(i));
            if (value != null) {
                input.put(header.column(i), value);
            }
        }
        Object actionCell = input.remove("action");
        Optional<RowAction> action = RowAction.parse(actionCell == null ? null : actionCell.toString());
        if (action.isEmpty()) {
            return UserRow.invalid(number, login, "invalid action '" + LogValues.safe(actionCell)
                                                  + "': use join, move or leave, or leave it empty for join");
        }
        Object groupsCell = input.remove("groups");
        List<String> groups = groupsCell == null ? List.of() : groupNames(groupsCell.toString());
        List<String> required = action.get() == RowAction.JOIN ? UserCsvHeader.REQUIRED : List.of("login");
        List<String> missing = required.stream().filter(column -> !input.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            return UserRow.invalid(number, login, "missing " + String.join(", ", missing));
        }
        String email = (String) input.get("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            return UserRow.invalid(number, login, "invalid email '" + LogValues.safe(email) + "': expected an address such as ada@example.com");
        }
        Object activate = input.get("activate");
        if (activate != null && !isBoolean(activate.toString())) {
            return UserRow.invalid(number, login, "invalid activate '" + LogValues.safe(activate) + "': use true or false, or leave it empty");
        }
        return UserRow.valid(number, login, action.get(), input, groups);
    }

    /** {@code Engineering; -Sales} gives [Engineering, -Sales]. */
    private static List<String> groupNames(String cell) {
        return Arrays.stream(cell.split(";")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private static boolean isBoolean(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
