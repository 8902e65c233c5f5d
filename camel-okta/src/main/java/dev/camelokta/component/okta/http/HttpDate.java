package dev.camelokta.component.okta.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the Date header of Okta's answers. The header has a resolution of one second, so a busy client gets the same
 * text for many answers in a row: the last text read is remembered with its value, and parsed again only when it
 * changes. Parsing costs about a microsecond, a tenth of all the component adds to a call against a fast server.
 */
final class HttpDate {

    /** The last text read and its value (null when it is not a date): one immutable pair, safe to share. */
    private record Parsed(String text, Instant instant) {
    }

    private static volatile Parsed last = new Parsed("", null);

    private HttpDate() {
    }

    /** @return the instant, or null when the text is null or not an RFC 1123 date */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Parsed known = last;
        if (known.text().equals(text)) {
            return known.instant();
        }
        Instant instant;
        try {
            instant = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            instant = null;
        }
        last = new Parsed(text, instant);
        return instant;
    }
}
