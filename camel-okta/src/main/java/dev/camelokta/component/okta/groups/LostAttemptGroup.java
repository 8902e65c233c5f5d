package dev.camelokta.component.okta.groups;

import java.time.Instant;
import java.util.Objects;

import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.operation.LostAttemptClock;
import dev.camelokta.component.okta.model.OktaGroup;

/**
 * Decides whether the group that holds a name is plausibly the one an unanswered create attempt of this call made:
 * created after the call started, with exactly the name and the description that were sent. Only then may a retry
 * that met "name already exists" return it; any other group of that name is someone else's, and the duplicate a
 * failure. "Created during this call" is judged on Okta's clock by {@link LostAttemptClock}.
 */
final class LostAttemptGroup {

    private LostAttemptGroup() {
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
        String notDuringTheCall = LostAttemptClock.whyNotCreatedDuringTheCall(exists, found.getCreated(), callStart);
        if (notDuringTheCall != null) {
            return notDuringTheCall;
        }
        Instant created = LostAttemptClock.instant(found.getCreated());
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
}
