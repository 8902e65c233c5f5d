package dev.camelokta.component.okta.groups;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaGroup;

/**
 * Decides whether the group that holds a name is plausibly the one an unanswered create attempt of this call made:
 * created after the call started, with exactly the name and the description that were sent. Only then may a retry
 * that met "name already exists" return it; any other group of that name is someone else's, and the duplicate a
 * failure. The call's start is placed on Okta's clock as for users ({@code users/LostAttemptUser}): the Date of an
 * answer minus the time elapsed here between the start and that answer's arrival, with {@link #TOLERANCE} for Date's
 * whole seconds and Okta's servers' clocks. Without a Date the group is not adopted.
 */
final class LostAttemptGroup {

    /** How much earlier than the estimated start the group's created may be and still count as this call's. */
    static final Duration TOLERANCE = Duration.ofSeconds(2);

    private LostAttemptGroup() {
    }

    /** @return the call's start on Okta's clock, or null when the answer had no Date */
    static Instant callStartOnOktasClock(OktaResponse answer, long callStartNanos, long arrivalNanos) {
        Instant date = answer.date();
        return date == null ? null : date.minusNanos(arrivalNanos - callStartNanos);
    }

    /**
     * @param name        the name sent
     * @param description the description sent, or null
     * @param found       the group that holds the name
     * @param callStart   the call's start on Okta's clock, null when unknown
     * @return why the group is not this call's, or null when it plausibly is
     */
    static String whyNotThisCallsGroup(String name, String description, OktaGroup found, Instant callStart) {
        String exists = "a group named '" + LogValues.safe(found.name()) + "' (" + LogValues.safe(found.getId())
                        + ") already exists";
        if (callStart == null) {
            return exists + ", and Okta sent no Date header to tell whether this call created it: not adopted";
        }
        Instant created = instant(found.getCreated());
        if (created == null) {
            return exists + " without a readable created time (" + LogValues.safe(found.getCreated()) + "): not adopted";
        }
        if (created.isBefore(callStart.minus(TOLERANCE))) {
            return exists + ", created " + created + ", before this call started (" + callStart
                   + " on Okta's clock): not adopted";
        }
        if (!name.equals(found.name())) {
            return exists + ", created " + created + " but with another spelling of the name than this call sent: "
                   + "not adopted";
        }
        if (!Objects.equals(blankAsNull(description), blankAsNull(found.description()))) {
            return exists + ", created " + created + " but with another description than this call sent: not adopted";
        }
        return null;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Okta's timestamps, e.g. 2013-06-24T16:39:18.000Z; null when there is none or it cannot be read. */
    private static Instant instant(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeException e) { // unreadable, or beyond what an Instant holds
            return null;
        }
    }
}
