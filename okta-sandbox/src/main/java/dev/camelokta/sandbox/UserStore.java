package dev.camelokta.sandbox;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The users, in memory and safe for concurrent use without a global lock: users by id, an index of logins
 * (compared as Okta compares them, see {@link #loginKey}) that also keeps logins unique, and the creation order,
 * which listing follows and its page cursors point into.
 */
final class UserStore {

    private static final int ID_ATTEMPTS = 8;
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** A stored user and its place in creation order. */
    record StoredUser(SandboxUser user, long sequence) {
    }

    private final ConcurrentHashMap<String, StoredUser> usersById = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> idsByLogin = new ConcurrentHashMap<>();
    /** Creation order: sequence to id. A page is a walk from a cursor's sequence, whatever was deleted meanwhile. */
    private final ConcurrentSkipListMap<Long, String> idsBySequence = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /**
     * Stores a new user made by {@code factory} from a fresh id.
     *
     * @throws OktaApiException when another user has the login already
     */
    SandboxUser insert(Function<String, SandboxUser> factory) {
        String id = unusedId();
        SandboxUser user = factory.apply(id);
        claimLogin(user.login(), id);
        long place = sequence.incrementAndGet();
        usersById.put(id, new StoredUser(user, place));
        idsBySequence.put(place, id);
        return user;
    }

    /**
     * Replaces a user with what {@code change} makes of it, atomically for that user: two concurrent
     * changes of one user never interleave, which is what makes {@code If-Match} reliable.
     *
     * @throws OktaApiException when there is no such user, or {@code change} refuses, or the new login is taken
     */
    SandboxUser update(String id, UnaryOperator<SandboxUser> change) {
        StoredUser stored = usersById.compute(id, (key, current) -> {
            if (current == null) {
                throw new OktaApiException(OktaError.userNotFound(id));
            }
            SandboxUser changed = change.apply(current.user());
            String oldLogin = loginKey(current.user().login());
            String newLogin = loginKey(changed.login());
            if (!oldLogin.equals(newLogin)) {
                claimLogin(changed.login(), id);
                idsByLogin.remove(oldLogin, id);
            }
            return new StoredUser(changed, current.sequence());
        });
        return stored.user();
    }

    /**
     * Deletes a user if {@code deletable} says so, atomically for that user.
     *
     * @return whether the user was deleted
     * @throws OktaApiException when there is no such user
     */
    boolean deleteIf(String id, Predicate<SandboxUser> deletable) {
        boolean[] deleted = {false};
        usersById.compute(id, (key, current) -> {
            if (current == null) {
                throw new OktaApiException(OktaError.userNotFound(id));
            }
            if (!deletable.test(current.user())) {
                return current;
            }
            idsByLogin.remove(loginKey(current.user().login()), id);
            idsBySequence.remove(current.sequence());
            deleted[0] = true;
            return null;
        });
        return deleted[0];
    }

    /** Finds a user by id, or else by login ignoring case, as {@code GET /api/v1/users/{idOrLogin}} does. */
    Optional<SandboxUser> find(String idOrLogin) {
        return findStored(idOrLogin).map(StoredUser::user);
    }

    Optional<StoredUser> findStored(String idOrLogin) {
        StoredUser byId = usersById.get(idOrLogin);
        if (byId != null) {
            return Optional.of(byId);
        }
        String id = idsByLogin.get(loginKey(idOrLogin));
        return Optional.ofNullable(id == null ? null : usersById.get(id));
    }

    Optional<SandboxUser> findByLogin(String login) {
        String id = idsByLogin.get(loginKey(login));
        StoredUser stored = id == null ? null : usersById.get(id);
        return Optional.ofNullable(stored).map(StoredUser::user);
    }

    /** A user by id only. */
    Optional<StoredUser> byId(String id) {
        return Optional.ofNullable(usersById.get(id));
    }

    /**
     * Up to {@code limit + 1} users after the creation place {@code afterSequence} that {@code matches} accepts,
     * in creation order: the extra one tells that there is another page.
     */
    List<StoredUser> page(long afterSequence, int limit, Predicate<SandboxUser> matches) {
        List<StoredUser> page = new ArrayList<>(Math.min(limit + 1, 256));
        for (String id : idsBySequence.tailMap(afterSequence, false).values()) {
            StoredUser stored = usersById.get(id);
            if (stored != null && matches.test(stored.user())) {
                page.add(stored);
                if (page.size() > limit) {
                    break;
                }
            }
        }
        return page;
    }

    /** All users in creation order; a snapshot, later changes do not show in it. */
    List<StoredUser> inCreationOrder() {
        return page(0, Integer.MAX_VALUE - 1, user -> true);
    }

    int size() {
        return usersById.size();
    }

    void clear() {
        usersById.clear();
        idsByLogin.clear();
        idsBySequence.clear();
    }

    private String unusedId() {
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String id = OktaIds.userId();
            if (!usersById.containsKey(id)) {
                return id;
            }
        }
        throw new IllegalStateException("Could not find an unused user id in " + ID_ATTEMPTS + " attempts");
    }

    private void claimLogin(String login, String id) {
        String owner = idsByLogin.putIfAbsent(loginKey(login), id);
        if (owner != null && !owner.equals(id)) {
            throw new OktaApiException(OktaError.validationFailed(
                    new ValidationCause("login", ValidationCause.LOGIN_TAKEN)));
        }
    }

    /**
     * What makes two logins the same for Okta: "Logins are not considered unique if they differ only in case
     * and/or diacritical marks", so {@code isáàc@example.com} is {@code Isaac@example.com}.
     */
    static String loginKey(String login) {
        String key = login.toLowerCase(Locale.ROOT);
        if (key.chars().allMatch(c -> c < 128)) {
            return key;
        }
        return DIACRITICS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
    }
}
