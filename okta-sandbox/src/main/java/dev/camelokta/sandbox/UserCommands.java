package dev.camelokta.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates, updates and replaces users with Okta's rules, whether the request came over HTTP or from
 * a test arranging its data through {@link OktaSandbox#createUser}.
 */
final class UserCommands {

    private final UserStore store;
    private final UserTypeRegistry types;
    private final SandboxCounters counters;
    private final Clock clock;

    UserCommands(UserStore store, UserTypeRegistry types, SandboxCounters counters, Clock clock) {
        this.store = store;
        this.types = types;
        this.counters = counters;
        this.clock = clock;
    }

    /** {@code POST /api/v1/users}: a missing profile counts as an empty one, so each required field is named. */
    SandboxUser create(UserInput input, boolean activate) {
        Map<String, Object> profile = input.hasProfile() ? input.profile() : Map.of();
        List<ValidationCause> causes = new ArrayList<>(ProfileValidator.check(profile));
        String typeId = input.typeId() == null ? types.defaultType().id() : input.typeId();
        checkTypeExists(typeId, causes);
        refuseIfAny(causes);
        Instant now = OktaTimestamps.now(clock);
        Instant activated = activate ? now : null;
        SandboxUser created = store.insert(id -> new SandboxUser(id, activate ? UserStatus.ACTIVE : UserStatus.STAGED,
                typeId, profile, now, activated, activated, now, input.setsPassword() ? now : null, newEtag()));
        counters.userCreated();
        return created;
    }

    /** {@code POST /api/v1/users/{id}}: sent profile fields replace stored ones, the others stay. */
    SandboxUser update(String idOrLogin, UserInput input, IfMatch precondition) {
        return store.update(idOf(idOrLogin), user -> {
            precondition.check(user.etag());
            List<ValidationCause> causes = new ArrayList<>();
            if (input.typeId() != null && !input.typeId().equals(user.typeId())) {
                // Okta allows a type change only with a full replacement (PUT).
                causes.add(new ValidationCause("type", "The user type can only be changed by a full replacement (PUT)"));
            }
            Map<String, Object> profile = new LinkedHashMap<>(user.profile());
            if (input.hasProfile()) {
                profile.putAll(input.profile());
            }
            causes.addAll(ProfileValidator.check(profile));
            refuseIfAny(causes);
            return changed(user, profile, user.typeId(), input.setsPassword());
        });
    }

    /** {@code PUT /api/v1/users/{id}}: the profile sent is the whole profile; unsent fields are deleted. */
    SandboxUser replace(String idOrLogin, UserInput input, IfMatch precondition) {
        return store.update(idOf(idOrLogin), user -> {
            precondition.check(user.etag());
            Map<String, Object> profile = input.hasProfile() ? input.profile() : user.profile();
            String typeId = input.typeId() == null ? user.typeId() : input.typeId();
            List<ValidationCause> causes = new ArrayList<>(ProfileValidator.check(profile));
            checkTypeExists(typeId, causes);
            refuseIfAny(causes);
            return changed(user, profile, typeId, input.setsPassword());
        });
    }

    private String idOf(String idOrLogin) {
        return store.find(idOrLogin).orElseThrow(() -> new OktaApiException(OktaError.userNotFound(idOrLogin))).id();
    }

    private void checkTypeExists(String typeId, List<ValidationCause> causes) {
        if (types.byId(typeId).isEmpty()) {
            causes.add(new ValidationCause("type", "The user type does not exist: " + typeId));
        }
    }

    private SandboxUser changed(SandboxUser user, Map<String, Object> profile, String typeId, boolean setsPassword) {
        Instant now = OktaTimestamps.now(clock);
        return new SandboxUser(user.id(), user.status(), typeId, profile, user.created(), user.activated(),
                user.statusChanged(), now, setsPassword ? now : user.passwordChanged(), newEtag());
    }

    private static void refuseIfAny(List<ValidationCause> causes) {
        if (!causes.isEmpty()) {
            throw new OktaApiException(OktaError.validationFailed(causes));
        }
    }

    /** A weak tag, new for every version of a user: random, so two versions never share one. */
    private static String newEtag() {
        return "W/\"" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\"";
    }
}
