package dev.camelokta.component.okta.operation;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.logging.LogValues;

/**
 * Whether a resource that holds a unique name (a user's login, a group's name) was created during this call, as an
 * unanswered create attempt would have made it, judged on Okta's clock. The resource's {@code created} is Okta's
 * clock, so the call's start is placed on Okta's clock too: the Date of an answer minus the time elapsed here between
 * the start and that answer's arrival. Date is cut to whole seconds and written before the answer arrived, so that
 * estimate is never later than the true start; {@link #TOLERANCE} further allows for Okta's servers' clocks not
 * agreeing to the millisecond. Without a Date nothing places the start on Okta's clock, and nothing is adopted.
 */
public final class LostAttemptClock {

    /** How much earlier than the estimated start a resource's created may be and still count as this call's. */
    public static final Duration TOLERANCE = Duration.ofSeconds(2);

    private LostAttemptClock() {
    }

    /**
     * @param answer         an answer received during the call
     * @param callStartNanos {@link System#nanoTime()} when the call started
     * @param arrivalNanos   {@link System#nanoTime()} when the answer arrived
     * @return the call's start on Okta's clock, or null when the answer had no Date
     */
    public static Instant callStartOnOktasClock(OktaResponse answer, long callStartNanos, long arrivalNanos) {
        Instant date = answer.date();
        return date == null ? null : date.minusNanos(arrivalNanos - callStartNanos);
    }

    /**
     * @param exists    what holds the name, e.g. "a user with login x already exists"
     * @param created   the resource's created timestamp as Okta wrote it
     * @param callStart the call's start on Okta's clock, null when unknown
     * @return why the resource was not created during this call, or null when it may have been
     */
    public static String whyNotCreatedDuringTheCall(String exists, String created, Instant callStart) {
        if (callStart == null) {
            return exists + ", and Okta sent no Date header to tell whether this call created it: not adopted";
        }
        Instant createdAt = instant(created);
        if (createdAt == null) {
            return exists + " without a readable created time (" + LogValues.safe(created) + "): not adopted";
        }
        if (createdAt.isBefore(callStart.minus(TOLERANCE))) {
            return exists + ", created " + createdAt + ", before this call started (" + callStart
                   + " on Okta's clock): not adopted";
        }
        return null;
    }

    /** Okta's timestamps, e.g. 2013-06-24T16:39:18.000Z; null when there is none or it cannot be read. */
    public static Instant instant(String timestamp) {
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
