package dev.camelokta.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A users CSV of any length in the example's format, all rows valid and every login unique
 * ({@code user00001@example.com}, ...), written as a stream so that 100,000 rows cost no more memory than ten.
 */
final class UsersCsv {

    static final String HEADER = "first_name,last_name,email,login,mobile_phone,type_id";

    private UsersCsv() {
    }

    /** The login of a row, 1 for the first row after the header, as the report's row column counts. */
    static String login(int row) {
        return String.format(Locale.ROOT, "user%05d@example.com", row);
    }

    static void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int row = 1; row <= rows; row++) {
                String login = login(row);
                // type_id left empty: the user gets Okta's default type
                out.write("Bench,User" + row + "," + login + "," + login + ",+1 555 0100,\n");
            }
        }
    }
}
