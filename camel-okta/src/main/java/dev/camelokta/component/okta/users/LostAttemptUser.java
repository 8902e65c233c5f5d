package dev.camelokta.component.okta.users;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.input.OktaInput;

import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaUser;

/**
 * Decides whether the user that holds a login is plausibly the one an unanswered create attempt of this call made:
 * created after the call started, with the profile values and type that were sent. Only then may a retry that met
 * "login already exists" return it; any other user with that login is someone else's, and the duplicate a failure.
 * <p>
 * The user's {@code created} is Okta's clock, so the call's start is placed on Okta's clock too: the Date of an answer
 * minus the time elapsed here between the start and that answer's arrival. Date is cut to whole seconds and written
 * before the answer arrived, so that estimate is never later than the true start; {@link #TOLERANCE} further allows
 * for Okta's servers' clocks not agreeing to the millisecond. Without a Date, nothing places the start on Okta's clock,
 * and the user is not adopted.
 */
final class LostAttemptUser {

    /** How much earlier than the estimated start the user's created may be and still count as this call's. */
    static final Duration TOLERANCE = Duration.ofSeconds(2);

    /** Okta treats logins, and so emails, without regard to case. */
    private static final Set<String> CASE_INSENSITIVE = Set.of("login", "email");

    private LostAttemptUser() {
    }

    /**
     * @param answer           an answer received during the call
     * @param callStartNanos   {@link System#nanoTime()} when the call started
     * @param arrivalNanos     {@link System#nanoTime()} when the answer arrived
     * @return the call's start on Okta's clock, or null when the answer had no Date
     */
    static Instant callStartOnOktasClock(OktaResponse answer, long callStartNanos, long arrivalNanos) {
        Instant date = answer.date();
        return date == null ? null : date.minusNanos(arrivalNanos - callStartNanos);
    }

    /**
     * @param sent      the input of the create
     * @param found     the user that holds the login
     * @param callStart the call's start on Okta's clock, null when unknown
     * @return why the user is not this call's, or null when it plausibly is
     */
    static String whyNotThisCallsUser(OktaInput sent, OktaUser found, Instant callStart) {
        String exists = "a user with login " + LogValues.safe(sent.text(UserParameters.LOGIN)) + " already exists";
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
        List<String> differing = differingFromSent(sent, found);
        if (!differing.isEmpty()) {
            return exists + ", created " + created + " but with another " + String.join(", ", differing)
                   + " than this call sent: not adopted";
        }
        return null;
    }

    /** The sent profile attributes, and the type, that the user does not have. */
    private static List<String> differingFromSent(OktaInput sent, OktaUser found) {
        List<String> differing = new ArrayList<>();
        Map<String, Object> profile = found.getProfile();
        sent.profile().forEach((attribute, value) -> {
            if (!same(attribute, value, profile.get(attribute))) {
                differing.add(attribute);
            }
        });
        String typeId = sent.text(UserParameters.TYPE_ID);
        if (typeId != null && (found.getType() == null || !typeId.equals(found.getType().getId()))) {
            differing.add("type id");
        }
        return differing;
    }

    private static boolean same(String attribute, Object sent, Object actual) {
        if (actual == null) {
            return false;
        }
        return CASE_INSENSITIVE.contains(attribute)
                ? sent.toString().equalsIgnoreCase(actual.toString())
                : sent.toString().equals(actual.toString());
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
