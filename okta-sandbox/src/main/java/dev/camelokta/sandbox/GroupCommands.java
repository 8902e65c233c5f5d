package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Creates groups and changes their members with Okta's rules, over HTTP or from a test arranging its data. */
final class GroupCommands {

    private final GroupStore groups;
    private final UserStore users;
    private final Memberships memberships;
    private final Clock clock;

    GroupCommands(GroupStore groups, UserStore users, Memberships memberships, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * {@code POST /api/v1/groups} with {@code {"profile": {"name": ..., "description": ...}}}.
     *
     * @throws OktaApiException {@code E0000003} for a body of another shape, {@code E0000001} for a blank or
     *                          taken name or a profile property the group profile does not define
     */
    SandboxGroup create(byte[] body) {
        JsonNode root = Json.read(body);
        JsonNode profile = root.isObject() ? root.get("profile") : null;
        if (!root.isObject() || (profile != null && !profile.isNull() && !profile.isObject())) {
            throw new OktaApiException(OktaError.malformedBody());
        }
        List<String> undefined = new ArrayList<>();
        if (profile != null && profile.isObject()) {
            for (Iterator<String> names = profile.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("name") && !name.equals("description")) {
                    undefined.add(ValidationCause.undefinedProperty(name));
                }
            }
        }
        if (!undefined.isEmpty()) {
            throw new OktaApiException(OktaError.apiValidationFailed("group", undefined.toArray(String[]::new)));
        }
        JsonNode name = profile == null ? null : profile.get("name");
        JsonNode description = profile == null ? null : profile.get("description");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new OktaApiException(OktaError.validationFailed(new ValidationCause("name", ValidationCause.BLANK)));
        }
        if (description != null && !description.isNull() && !description.isTextual()) {
            throw new OktaApiException(OktaError.validationFailed(
                    new ValidationCause("description", ValidationCause.PATTERN_MISMATCH)));
        }
        return create(name.asText(), description == null || description.isNull() ? null : description.asText());
    }

    /** A group with this name and description (which may be {@code null}), as {@code POST /api/v1/groups} makes it. */
    SandboxGroup create(String name, String description) {
        return create(OktaIds.groupId(), name, description);
    }

    SandboxGroup create(String id, String name, String description) {
        Instant now = OktaTimestamps.now(clock);
        return groups.insert(new SandboxGroup(id, name, description, now, now, now));
    }

    /**
     * {@code PUT /api/v1/groups/{groupId}/users/{userId}}: idempotent, as Okta's; only a new member moves the
     * group's {@code lastMembershipUpdated}.
     */
    void addMember(String groupId, String userId) {
        requireGroup(groupId);
        requireUser(userId);
        if (memberships.add(groupId, userId)) {
            groups.membershipUpdated(groupId, OktaTimestamps.now(clock));
        }
    }

    /** {@code DELETE /api/v1/groups/{groupId}/users/{userId}}: removing a user who is no member is no error. */
    void removeMember(String groupId, String userId) {
        requireGroup(groupId);
        requireUser(userId);
        if (memberships.remove(groupId, userId)) {
            groups.membershipUpdated(groupId, OktaTimestamps.now(clock));
        }
    }

    SandboxGroup requireGroup(String groupId) {
        return groups.byId(groupId).orElseThrow(() -> new OktaApiException(OktaError.groupNotFound(groupId)));
    }

    private void requireUser(String userId) {
        if (users.byId(userId).isEmpty()) {
            throw new OktaApiException(OktaError.userNotFound(userId));
        }
    }
}
