package dev.camelokta.component.okta.operation;

import java.util.List;
import java.util.function.Function;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaFailures;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaGroup;
import dev.camelokta.component.okta.model.OktaJson;
import dev.camelokta.component.okta.model.OktaTypeIdOption;
import dev.camelokta.component.okta.model.OktaUser;

/**
 * Reads Okta's successful answers into the card's types; any other answer, one that cannot be read, or a 2xx whose
 * body does not hold what the operation needs (a user without an id, say) becomes an {@link OktaApiException}.
 */
public final class OktaResponses {

    private OktaResponses() {
    }

    /** @return a user with an id and a profile */
    public static OktaUser user(OktaResponse response) {
        OktaUser user = read(response, OktaJson::toUser);
        String problem = whyNotAUser(user);
        if (problem != null) {
            throw notWhatWasAsked(response, "a user", problem);
        }
        return user;
    }

    /** @return users each with an id and a profile */
    public static List<OktaUser> users(OktaResponse response) {
        List<OktaUser> users = read(response, OktaJson::toUsers);
        if (users == null) {
            throw notWhatWasAsked(response, "a list of users", "it is null");
        }
        for (int i = 0; i < users.size(); i++) {
            String problem = whyNotAUser(users.get(i));
            if (problem != null) {
                throw notWhatWasAsked(response, "a list of users", "item " + (i + 1) + ": " + problem);
            }
        }
        return users;
    }

    /** @return options each with a value (the type's id) */
    public static List<OktaTypeIdOption> typeIdOptions(OktaResponse response) {
        List<OktaTypeIdOption> options = read(response, OktaJson::toTypeIdOptions);
        for (int i = 0; i < options.size(); i++) {
            if (isBlank(options.get(i).getValue())) {
                throw notWhatWasAsked(response, "a list of user types", "item " + (i + 1) + " has no id");
            }
        }
        return options;
    }

    /** @return a group with an id and a profile */
    public static OktaGroup group(OktaResponse response) {
        OktaGroup group = read(response, OktaJson::toGroup);
        String problem = whyNotAGroup(group);
        if (problem != null) {
            throw notWhatWasAsked(response, "a group", problem);
        }
        return group;
    }

    /** @return groups each with an id and a profile */
    public static List<OktaGroup> groups(OktaResponse response) {
        List<OktaGroup> groups = read(response, OktaJson::toGroups);
        if (groups == null) {
            throw notWhatWasAsked(response, "a list of groups", "it is null");
        }
        for (int i = 0; i < groups.size(); i++) {
            String problem = whyNotAGroup(groups.get(i));
            if (problem != null) {
                throw notWhatWasAsked(response, "a list of groups", "item " + (i + 1) + ": " + problem);
            }
        }
        return groups;
    }

    /** A 2xx, such as the 204 of a membership change; anything else is the failure Okta answered. */
    public static void success(OktaResponse response) {
        if (!response.isSuccess()) {
            throw OktaFailures.fromResponse(response);
        }
    }

    private static <T> T read(OktaResponse response, Function<String, T> reader) {
        if (!response.isSuccess()) {
            throw OktaFailures.fromResponse(response);
        }
        try {
            return reader.apply(response.body());
        } catch (IllegalArgumentException e) {
            throw OktaFailures.fromResponse(response, e.getMessage());
        }
    }

    /** What a user must have for the component to act on it or report it; null when it has it. */
    private static String whyNotAUser(OktaUser user) {
        if (user == null) {
            return "it is null";
        }
        if (isBlank(user.getId())) {
            return "no id";
        }
        if (user.getProfile() == null) {
            return "no profile";
        }
        return null;
    }

    /** What a group must have for the component to act on it or report it; null when it has it. */
    private static String whyNotAGroup(OktaGroup group) {
        if (group == null) {
            return "it is null";
        }
        if (isBlank(group.getId())) {
            return "no id";
        }
        if (group.getProfile() == null) {
            return "no profile";
        }
        return null;
    }

    /** e.g. "Okta answered 200 to GET /api/v1/users/x but the body is not a user: no id" */
    private static OktaApiException notWhatWasAsked(OktaResponse response, String expected, String problem) {
        return new OktaApiException("Okta answered " + response.status() + " to "
                                    + LogValues.safe(response.request().describe()) + " but the body is not " + expected
                                    + ": " + problem,
                response.status(), null, null, List.of(), response.requestId(), response.rateLimit(), null);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
