package dev.camelokta.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The groups, by id, with unique names (ignoring case, as Okta compares them) and their creation order. */
final class GroupStore {

    /** A stored group and its place in creation order. */
    record StoredGroup(SandboxGroup group, long sequence) {
    }

    private final ConcurrentHashMap<String, StoredGroup> groupsById = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> idsByName = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, String> idsBySequence = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /**
     * Stores a new group.
     *
     * @throws OktaApiException {@code E0000001} when another group has the name
     */
    SandboxGroup insert(SandboxGroup group) {
        String owner = idsByName.putIfAbsent(nameKey(group.name()), group.id());
        if (owner != null) {
            throw new OktaApiException(OktaError.validationFailed(
                    new ValidationCause("name", ValidationCause.LOGIN_TAKEN)));
        }
        long place = sequence.incrementAndGet();
        groupsById.put(group.id(), new StoredGroup(group, place));
        idsBySequence.put(place, group.id());
        return group;
    }

    Optional<SandboxGroup> byId(String id) {
        return Optional.ofNullable(groupsById.get(id)).map(StoredGroup::group);
    }

    Optional<SandboxGroup> byName(String name) {
        String id = idsByName.get(nameKey(name));
        return id == null ? Optional.empty() : byId(id);
    }

    /** Records that the group's members changed {@code when}. */
    void membershipUpdated(String id, Instant when) {
        groupsById.computeIfPresent(id, (key, stored) ->
                new StoredGroup(stored.group().withMembershipUpdated(when), stored.sequence()));
    }

    /** Up to {@code limit + 1} groups after the place {@code afterSequence} that {@code matches} accepts. */
    List<StoredGroup> page(long afterSequence, int limit, Predicate<SandboxGroup> matches) {
        List<StoredGroup> page = new ArrayList<>();
        for (String id : idsBySequence.tailMap(afterSequence, false).values()) {
            StoredGroup stored = groupsById.get(id);
            if (stored != null && matches.test(stored.group())) {
                page.add(stored);
                if (page.size() > limit) {
                    break;
                }
            }
        }
        return page;
    }

    List<SandboxGroup> all() {
        return page(0, Integer.MAX_VALUE - 1, group -> true).stream().map(StoredGroup::group).toList();
    }

    void clear() {
        groupsById.clear();
        idsByName.clear();
        idsBySequence.clear();
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
