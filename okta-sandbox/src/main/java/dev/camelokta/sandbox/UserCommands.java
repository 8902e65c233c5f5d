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

    /** What Okta's validation error names when a new user's profile has an undefined property. */
    private static final String CREATE_SUBJECT = "newUser";
    /** The sandbox's choice for updates and replacements, where Okta's documentation shows none. */
    private static final String CHANGE_SUBJECT = "user";

    private final UserStore store;
    private final UserTypeRegistry types;
    private final UserSchemaRegistry schemas;
    private final SandboxCounters counters;
    private final Memberships memberships;
    private final GroupStore groups;
    private final Clock clock;

    UserCommands(UserStore store, UserTypeRegistry types, UserSchemaRegistry schemas, SandboxCounters counters,
                 Memberships memberships, GroupStore groups, Clock clock) {
        this.store = store;
        this.types = types;
        this.schemas = schemas;
        this.counters = counters;
        this.memberships = memberships;
        this.groups = groups;
        this.clock = clock;
    }

    /** {@code POST /api/v1/users}: a missing profile counts as an empty one, so each required field is named. */
    SandboxUser create(UserInput input, boolean activate) {
        Map<String, Object> profile = input.hasProfile() ? input.profile() : Map.of();
        String typeId = input.typeId() == null ? types.defaultType().id() : input.typeId();
        List<ValidationCause> causes = new ArrayList<>(checkProfile(profile, typeId, CREATE_SUBJECT));
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
            causes.addAll(checkProfile(profile, user.typeId(), CHANGE_SUBJECT));
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
            List<ValidationCause> causes = new ArrayList<>(checkProfile(profile, typeId, CHANGE_SUBJECT));
            checkTypeExists(typeId, causes);
            refuseIfAny(causes);
            return changed(user, profile, typeId, input.setsPassword());
        });
    }

    /**
     * {@code POST /api/v1/users/{id}/lifecycle/{operation}}: moves the user to the operation's status, with new
     * {@code statusChanged} and {@code lastUpdated} times, as one atomic change of the user.
     *
     * @throws OktaApiException with Okta's error when the user's status does not allow the operation
     */
    SandboxUser lifecycle(String idOrLogin, LifecycleOperation operation) {
        return store.update(idOf(idOrLogin), user -> {
            if (!operation.allowedFrom(user.status())) {
                throw new OktaApiException(operation.refusal(idOrLogin));
            }
            return transition(user, operation);
        });
    }

    /**
     * {@code DELETE /api/v1/users/{id}}: deactivates a user who is not DEPROVISIONED yet, and deletes one who is,
     * with the user's group memberships. Okta's two steps, which a client must not mistake for one.
     *
     * @return whether the user is gone (the second step)
     */
    boolean delete(String idOrLogin) {
        String id = idOf(idOrLogin);
        boolean deleted = store.deleteIf(id, user -> user.status() == UserStatus.DEPROVISIONED);
        if (deleted) {
            Instant now = OktaTimestamps.now(clock);
            memberships.forgetUser(id).forEach(groupId -> groups.membershipUpdated(groupId, now));
        } else {
            // Deactivated by someone else in between: then this DELETE found it deactivated, as Okta would.
            store.update(id, user -> user.status() == UserStatus.DEPROVISIONED ? user
                    : transition(user, LifecycleOperation.DEACTIVATE));
        }
        return deleted;
    }

    /** What too many failed sign-ins do to a user, for tests: the sandbox has no sign-in. */
    SandboxUser lockOut(String idOrLogin) {
        return store.update(idOf(idOrLogin), user -> {
            if (user.status() != UserStatus.ACTIVE && user.status() != UserStatus.PASSWORD_EXPIRED
                    && user.status() != UserStatus.RECOVERY) {
                throw new IllegalStateException("Only a user who can sign in can be locked out, not a "
                        + user.status() + " one");
            }
            Instant now = OktaTimestamps.now(clock);
            return new SandboxUser(user.id(), UserStatus.LOCKED_OUT, user.typeId(), user.profile(), user.created(),
                    user.activated(), now, now, user.passwordChanged(), newEtag());
        });
    }

    private SandboxUser transition(SandboxUser user, LifecycleOperation operation) {
        UserStatus target = operation.target(user);
        if (target == user.status()) {
            return user; // unlocking an ACTIVE user: nothing to change
        }
        Instant now = OktaTimestamps.now(clock);
        boolean activation = operation == LifecycleOperation.ACTIVATE;
        // Okta deletes the password of a deactivated user; a temporary password replaces the old one.
        Instant passwordChanged = switch (operation) {
            case DEACTIVATE -> null;
            case EXPIRE_PASSWORD_WITH_TEMP_PASSWORD -> now;
            default -> user.passwordChanged();
        };
        return new SandboxUser(user.id(), target, user.typeId(), user.profile(), user.created(),
                activation ? now : user.activated(), now, now, passwordChanged, newEtag());
    }

    private String idOf(String idOrLogin) {
        return store.find(idOrLogin).orElseThrow(() -> new OktaApiException(OktaError.userNotFound(idOrLogin))).id();
    }

    /**
     * The reasons the profile breaks its type's schema. Properties the schema does not define are refused at once,
     * as Okta does, with the object Okta names: {@code Api validation failed: newUser}.
     */
    private List<ValidationCause> checkProfile(Map<String, Object> profile, String typeId, String subject) {
        if (types.byId(typeId).isEmpty()) {
            return ProfileValidator.check(profile); // the unknown type is the cause; the base rules still apply
        }
        ProfileSchema.Check check = schemas.forType(typeId).check(profile);
        if (!check.undefined().isEmpty()) {
            throw new OktaApiException(OktaError.apiValidationFailed(subject, check.undefined().toArray(String[]::new)));
        }
        return check.causes();
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
