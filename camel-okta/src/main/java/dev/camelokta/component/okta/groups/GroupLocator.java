package dev.camelokta.component.okta.groups;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaGroup;
import dev.camelokta.component.okta.operation.OktaResponses;

/**
 * Turns a group_id, which is a group id or a group's exact name, into a group id. A value shaped like Okta's group ids
 * ({@code 00g} and 17 letters or digits) is taken as an id, with no call; any other is a name, found with one
 * {@code GET /api/v1/groups?search=profile.name eq "..."}: exactly one group of that name gives its id, none or
 * several are a failure that says so and what to give instead.
 */
final class GroupLocator {

    private static final Pattern GROUP_ID = Pattern.compile("00g[0-9A-Za-z]{17}");

    private GroupLocator() {
    }

    static boolean looksLikeGroupId(String value) {
        return GROUP_ID.matcher(value).matches();
    }

    /** @return the group's id */
    static String groupId(OktaClient client, String idOrName) {
        return looksLikeGroupId(idOrName) ? idOrName : findByName(client, idOrName).group().getId();
    }

    /** A group found by name, and the search's answer. */
    record Found(OktaGroup group, OktaResponse response) {
    }

    /** @throws OktaApiException when no group, or more than one, has that name */
    static Found findByName(OktaClient client, String name) {
        OktaResponse search = client.send(GroupRequests.searchByName(name));
        List<OktaGroup> named = named(OktaResponses.groups(search), name);
        if (named.isEmpty()) {
            throw failure(search, "No Okta group is named '" + LogValues.safe(name) + "': give the group id (00g...) or "
                                  + "the exact name (Okta's group search may take a few seconds to show a group just "
                                  + "created)");
        }
        if (named.size() > 1) {
            String groups = named.stream().map(group -> LogValues.safe(group.getId()) + " (" + LogValues.safe(group.getType()) + ")")
                    .collect(Collectors.joining(", "));
            throw failure(search, "Several Okta groups are named '" + LogValues.safe(name) + "' (" + groups
                                  + "): give the group id instead");
        }
        return new Found(named.get(0), search);
    }

    /** The groups whose name is this one, ignoring case as Okta's search does. */
    static List<OktaGroup> named(List<OktaGroup> groups, String name) {
        return groups.stream().filter(group -> name.equalsIgnoreCase(group.name())).toList();
    }

    private static OktaApiException failure(OktaResponse search, String message) {
        return new OktaApiException(message, search.status(), null, null, List.of(), search.requestId(),
                search.rateLimit(), null);
    }
}
