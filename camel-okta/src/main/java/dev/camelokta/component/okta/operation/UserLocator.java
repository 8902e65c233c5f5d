package dev.camelokta.component.okta.operation;

import java.util.List;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaUser;

/**
 * Finds a user by id, login or email. Okta's GET takes an id or a login; an email that is not a login is found with
 * one search on profile.email after the GET's 404.
 */
public final class UserLocator {

    /**
     * The user found, and the answer it came in (its ETag guards a later replace).
     *
     * @param bySearch found by the email search, whose answers may lag behind the user's latest state
     */
    public record Located(OktaUser user, OktaResponse response, boolean bySearch) {
    }

    private UserLocator() {
    }

    public static Located find(OktaClient client, String idLoginOrEmail) {
        OktaResponse response = client.send(OktaRequests.getUser(idLoginOrEmail));
        if (isNotFound(response) && looksLikeEmail(idLoginOrEmail)) {
            return findByEmail(client, idLoginOrEmail, response);
        }
        return new Located(OktaResponses.user(response), response, false);
    }

    public static boolean isNotFound(OktaResponse response) {
        return response.status() == 404;
    }

    public static boolean looksLikeEmail(String value) {
        return value.contains("@");
    }

    /** @return the one user with that email; several are an error that lists them, none keeps the GET's 404 */
    public static Located findByEmail(OktaClient client, String email, OktaResponse notFound) {
        OktaResponse search = client.send(OktaRequests.searchByEmail(email));
        List<OktaUser> users = OktaResponses.users(search);
        if (users.isEmpty()) {
            return new Located(OktaResponses.user(notFound), notFound, false); // throws the original 404, E0000007
        }
        if (users.size() > 1) {
            String logins = users.stream().map(user -> LogValues.safe(user.getProfile().get("login")))
                    .collect(Collectors.joining(", "));
            throw new OktaApiException("Several Okta users have the email " + LogValues.safe(email) + " (logins: " + logins
                                       + "): give the user id or the login instead",
                    search.status(), null, null, List.of(), search.requestId(), search.rateLimit(), null);
        }
        return new Located(users.get(0), search, true);
    }
}
