package dev.camelokta.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Okta's timestamps: UTC with milliseconds, like {@code 2013-07-02T21:36:25.344Z}. */
final class OktaTimestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OktaTimestamps() {
    }

    /** Now, cut to milliseconds so that what is stored equals what is shown. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }
}
