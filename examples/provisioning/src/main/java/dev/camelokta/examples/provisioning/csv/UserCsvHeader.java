package dev.camelokta.examples.provisioning.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a users CSV, read from its header row. first_name, last_name, email and login are required;
 * mobile_phone, type_id and activate are optional; the order is free.
 */
public final class UserCsvHeader {

    public static final List<String> REQUIRED = List.of("first_name", "last_name", "email", "login");
    public static final List<String> OPTIONAL = List.of("mobile_phone", "type_id", "activate");

    private static final int SHOWN_LENGTH = 24;

    private final List<String> columns;

    private UserCsvHeader(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** @throws UnreadableCsvException when the row is not such a header */
    public static UserCsvHeader parse(List<String> headerRow) {
        List<String> columns = headerRow.stream().map(UserCsvHeader::normalize).toList();
        List<String> unknown = columns.stream().filter(column -> !REQUIRED.contains(column) && !OPTIONAL.contains(column))
                .map(UserCsvHeader::shown).toList();
        if (!unknown.isEmpty()) {
            throw new UnreadableCsvException("the header row is missing or wrong: unknown columns " + unknown
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
            throw new UnreadableCsvException("the header row names the columns " + repeated + " more than once");
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

    /** A column name fit for a log line, even when the "header" is binary data. */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(SHOWN_LENGTH).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return name.codePointCount(0, name.length()) > SHOWN_LENGTH ? shown + "..." : shown.toString();
    }

    private static String expected() {
        return String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL);
    }
}
