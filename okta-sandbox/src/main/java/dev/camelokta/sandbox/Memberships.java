package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is in which group, both ways, in the order members were added (the order member lists follow). One lock:
 * membership changes are rare next to user reads, and a page of members is short.
 */
final class Memberships {

    /** A member and its place in the group's order, which page cursors point into. */
    record Member(String userId, long sequence) {
    }

    private final Map<String, TreeMap<Long, String>> membersByGroup = new HashMap<>();
    private final Map<String, Map<String, Long>> placesByGroup = new HashMap<>();
    private final Map<String, Set<String>> groupsByUser = new HashMap<>();
    private long sequence;

    /** @return whether the user was not a member before */
    synchronized boolean add(String groupId, String userId) {
        Map<String, Long> places = placesByGroup.computeIfAbsent(groupId, id -> new HashMap<>());
        if (places.containsKey(userId)) {
            return false;
        }
        long place = ++sequence;
        places.put(userId, place);
        membersByGroup.computeIfAbsent(groupId, id -> new TreeMap<>()).put(place, userId);
        groupsByUser.computeIfAbsent(userId, id -> new LinkedHashSet<>()).add(groupId);
        return true;
    }

    /** @return whether the user was a member */
    synchronized boolean remove(String groupId, String userId) {
        Map<String, Long> places = placesByGroup.get(groupId);
        Long place = places == null ? null : places.remove(userId);
        if (place == null) {
            return false;
        }
        membersByGroup.get(groupId).remove(place);
        Set<String> groups = groupsByUser.get(userId);
        groups.remove(groupId);
        if (groups.isEmpty()) {
            groupsByUser.remove(userId);
        }
        return true;
    }

    /** Up to {@code limit + 1} members of the group after the place {@code afterSequence}. */
    synchronized List<Member> members(String groupId, long afterSequence, int limit) {
        List<Member> page = new ArrayList<>();
        TreeMap<Long, String> members = membersByGroup.get(groupId);
        if (members == null) {
            return page;
        }
        for (Map.Entry<Long, String> member : members.tailMap(afterSequence, false).entrySet()) {
            page.add(new Member(member.getValue(), member.getKey()));
            if (page.size() > limit) {
                break;
            }
        }
        return page;
    }

    /** The ids of the user's groups, in the order the user joined them. */
    synchronized List<String> groupsOf(String userId) {
        return List.copyOf(groupsByUser.getOrDefault(userId, Set.of()));
    }

    /** A deleted user leaves every group; the ids of those groups. */
    synchronized List<String> forgetUser(String userId) {
        List<String> groups = groupsOf(userId);
        groups.forEach(groupId -> remove(groupId, userId));
        return groups;
    }

    synchronized void clear() {
        membersByGroup.clear();
        placesByGroup.clear();
        groupsByUser.clear();
    }
}
