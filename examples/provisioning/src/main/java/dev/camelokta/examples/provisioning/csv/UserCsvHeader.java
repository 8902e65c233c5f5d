package dev.camelokta.examples.provisioning.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.logging.LogValues;

/**
 * The columns of a users CSV, read from its header row. first_name, last_name, email and login are required;
 * mobile_phone, type_id, activate, action (join, move, leave) and groups are optional; the order is free.
 */
public final class UserCsvHeader {

    public static final List<String> REQUIRED = List.of("first_name", "last_name", "email", "login");
    public static final List<String> OPTIONAL = List.of("mobile_phone", "type_id", "activate", "action", "groups");

    /** How much of a column name, and how many names, an error shows: a "header" can be a whole binary file. */
    private static final int SHOWN_LENGTH = 24;
    private static final int SHOWN_NAMES = 10;

    private final List<String> columns;

    private UserCsvHeader(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** @throws UnreadableCsvException when the row is not such a header */
    public static UserCsvHeader parse(List<String> headerRow) {
        List<String> columns = headerRow.stream().map(UserCsvHeader::normalize).toList();
        List<String> unknown = columns.stream().filter(column -> !REQUIRED.contains(column) && !OPTIONAL.contains(column))
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnreadableCsvException("the header row is missing or wrong: unknown columns " + shown(unknown)
                                             + "; expected " + expected());
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableCsvException("the header row lacks the required columns " + missing + "; expected "
                                             + expected());
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = columns.stream().filter(column -> !seen.add(column)).distinct().toList();
        if (!repeated.isEmpty()) {
            throw new UnreadableCsvException("the header row names the columns " + shown(repeated) + " more than once");
        }
        return new UserCsvHeader(columns);
    }

    public int size() {
        return columns.size();
    }

    public String column(int index) {
        return columns.get(index);
    }

    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** Spreadsheets add a byte-order mark and spaces, and capitalise names: none of that makes a column unknown. */
    private static String normalize(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    /** Column names fit for a log line, {@code [a, b, ... and 12 more]}, even when the "header" is binary data. */
    private static String shown(List<String> names) {
        String shown = names.stream().limit(SHOWN_NAMES).map(name -> LogValues.safe(name, SHOWN_LENGTH))
                .collect(Collectors.joining(", "));
        return "[" + shown + (names.size() > SHOWN_NAMES ? ", ... and " + (names.size() - SHOWN_NAMES) + " more" : "") + "]";
    }

    private static String expected() {
        return String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL);
    }
}
