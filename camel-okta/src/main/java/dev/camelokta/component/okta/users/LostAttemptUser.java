package dev.camelokta.component.okta.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelokta.component.okta.input.OktaInput;

import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.operation.LostAttemptClock;
import dev.camelokta.component.okta.model.OktaUser;

/**
 * Decides whether the user that holds a login is plausibly the one an unanswered create attempt of this call made:
 * created after the call started, with the profile values and type that were sent. Only then may a retry that met
 * "login already exists" return it; any other user with that login is someone else's, and the duplicate a failure.
 * "Created during this call" is judged on Okta's clock by {@link LostAttemptClock}.
 */
final class LostAttemptUser {

    /** Okta treats logins, and so emails, without regard to case. */
    private static final Set<String> CASE_INSENSITIVE = Set.of("login", "email");

    private LostAttemptUser() {
    }

    /**
     * @param sent      the input of the create
     * @param found     the user that holds the login
     * @param callStart the call's start on Okta's clock, null when unknown
     * @return why the user is not this call's, or null when it plausibly is
     */
    static String whyNotThisCallsUser(OktaInput sent, OktaUser found, Instant callStart) {
        String exists = "a user with login " + LogValues.safe(sent.text(UserParameters.LOGIN)) + " already exists";
        String notDuringTheCall = LostAttemptClock.whyNotCreatedDuringTheCall(exists, found.getCreated(), callStart);
        if (notDuringTheCall != null) {
            return notDuringTheCall;
        }
        Instant created = LostAttemptClock.instant(found.getCreated());
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
}
