package dev.camelokta.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An in-memory, stateful fake of Okta's Users API, served on 127.0.0.1 for tests, examples and benchmarks.
 *
 * <pre>{@code
 * try (OktaSandbox okta = OktaSandbox.start()) {
 *     String baseUrl = okta.baseUrl();   // http://127.0.0.1:PORT
 *     String token = okta.apiToken();    // send as "Authorization: SSWS <token>"
 * }
 * }</pre>
 *
 * <p>It serves Okta's users (create, get, list and search, update, replace, delete), their lifecycle (activate,
 * suspend, deactivate, ...), groups and memberships, user types and their profile schemas, with Okta's
 * validation, error bodies, {@code ETag}s, paging, rate limits and concurrency limit, and can inject latency,
 * 503 answers and dropped connections. Thread-safe.
 */
public final class OktaSandbox implements AutoCloseable {

    private final String apiToken;
    private final Clock clock = Clock.systemUTC();
    private final UserStore store = new UserStore();
    private final GroupStore groupStore = new GroupStore();
    private final Memberships memberships = new Memberships();
    private final SandboxCounters counters = new SandboxCounters();
    private final UserTypeRegistry userTypes;
    private final UserSchemaRegistry schemas;
    private final UserCommands commands;
    private final GroupCommands groupCommands;
    private final List<SandboxGroup> seededGroups;
    private final int seededUsers;
    private final RateLimiting rateLimiting;
    private final FaultInjector faults;
    private final Router router;
    private final SandboxHttpServer server;
    private final String baseUrl;

    OktaSandbox(int port, String apiToken, boolean rateLimitsEnabled, Map<Bucket, RateLimit> rateLimits,
                int concurrencyLimit, List<UserTypeDefinition> userTypeDefinitions,
                List<CustomAttributeDefinition> customAttributes, List<GroupDefinition> groups, int seededUsers,
                FaultSettings faultSettings, int maxThreads) {
        this.apiToken = apiToken;
        this.userTypes = new UserTypeRegistry(userTypeDefinitions, OktaTimestamps.now(clock));
        this.schemas = new UserSchemaRegistry(userTypes, customAttributes);
        this.commands = new UserCommands(store, userTypes, schemas, counters, memberships, groupStore, clock);
        this.groupCommands = new GroupCommands(groupStore, store, memberships, clock);
        this.seededGroups = groups.stream()
                .map(group -> arranging(() -> groupCommands.create(group.name(), group.description()))).toList();
        this.seededUsers = seededUsers;
        UserSeeder.seed(store, userTypes.defaultType(), seededUsers, clock);
        this.rateLimiting = new RateLimiting(rateLimitsEnabled, rateLimits, concurrencyLimit, clock::millis);
        this.faults = new FaultInjector(faultSettings);
        // The operations need the base URL for their links, and it is known once the port is bound.
        this.server = SandboxHttpServer.bind(port, maxThreads);
        this.baseUrl = "http://127.0.0.1:" + server.port();
        this.router = newRouter(baseUrl);
        server.start(new RequestHandler(router, rateLimiting, faults, new ApiTokenCheck(apiToken),
                counters));
    }

    /** Starts a sandbox with Okta's defaults, on a free port, with a random token. */
    public static OktaSandbox start() {
        return builder().start();
    }

    public static OktaSandboxBuilder builder() {
        return new OktaSandboxBuilder();
    }

    /** Where the sandbox listens, such as {@code http://127.0.0.1:49152}; no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.port();
    }

    /** The token clients send as {@code Authorization: SSWS <token>}. */
    public String apiToken() {
        return apiToken;
    }

    /** The default user type first, then the configured ones in the order they were added. */
    public List<UserType> userTypes() {
        return userTypes.all();
    }

    public UserType defaultUserType() {
        return userTypes.defaultType();
    }

    /**
     * A user type by name, ignoring case, such as {@code userType("contractor").id()}.
     *
     * @throws IllegalArgumentException when there is none
     */
    public UserType userType(String name) {
        return userTypes.byName(name);
    }

    /** All users, in creation order: a snapshot. */
    public List<SandboxUser> users() {
        return store.inCreationOrder().stream().map(UserStore.StoredUser::user).toList();
    }

    /** How many users there are, without copying them. */
    public int userCount() {
        return store.size();
    }

    /** A user by id, or else by login ignoring case, as {@code GET /api/v1/users/{idOrLogin}} finds it. */
    public Optional<SandboxUser> findUser(String idOrLogin) {
        return store.find(idOrLogin);
    }

    /** A user by login, ignoring case. */
    public Optional<SandboxUser> findByLogin(String login) {
        return store.findByLogin(login);
    }

    /**
     * Creates an active user of the default type, as {@code POST /api/v1/users} would, to arrange a test:
     * the profile must pass the same checks.
     *
     * @throws IllegalArgumentException with Okta's error summary and causes when the profile is refused
     */
    public SandboxUser createUser(Map<String, ?> profile) {
        return arranging(() -> commands.create(new UserInput(ProfileValues.immutableCopy(profile), null, false),
                true));
    }

    /** Runs a change a test asked for; Okta's refusal becomes an {@code IllegalArgumentException} with its summary. */
    private static <T> T arranging(Supplier<T> change) {
        try {
            return change.get();
        } catch (OktaApiException refused) {
            OktaError error = refused.error();
            throw new IllegalArgumentException(error.errorSummary()
                    + error.causes().stream().collect(Collectors.joining("; ", " (", ")")));
        }
    }

    /**
     * What too many failed sign-ins do: the user becomes LOCKED_OUT, for tests of {@code lifecycle/unlock} (the
     * sandbox has no sign-in).
     *
     * @throws IllegalStateException when the user's status cannot be locked out (only ACTIVE, PASSWORD_EXPIRED and
     *                               RECOVERY users sign in)
     * @throws IllegalArgumentException when there is no such user
     */
    public SandboxUser lockOut(String idOrLogin) {
        return arranging(() -> commands.lockOut(idOrLogin));
    }

    /** All groups, in creation order: a snapshot. */
    public List<SandboxGroup> groups() {
        return groupStore.all();
    }

    /**
     * A group by name, ignoring case, such as {@code group("Engineering").id()}.
     *
     * @throws IllegalArgumentException when there is none
     */
    public SandboxGroup group(String name) {
        return groupStore.byName(name).orElseThrow(() -> new IllegalArgumentException("No group named '" + name
                + "'; the sandbox has " + groups().stream().map(SandboxGroup::name).toList()));
    }

    /** Creates a group, as {@code POST /api/v1/groups} would, to arrange a test. */
    public SandboxGroup createGroup(String name, String description) {
        return arranging(() -> groupCommands.create(name, description));
    }

    /** Adds a user to a group, as {@code PUT /api/v1/groups/{groupId}/users/{userId}} would, to arrange a test. */
    public void addToGroup(String groupId, String userId) {
        arranging(() -> {
            groupCommands.addMember(groupId, userId);
            return null;
        });
    }

    /**
     * The members of a group, in the order they joined.
     *
     * @throws IllegalArgumentException when there is no such group
     */
    public List<SandboxUser> members(String groupId) {
        arranging(() -> groupCommands.requireGroup(groupId));
        return memberships.members(groupId, 0, Integer.MAX_VALUE - 1).stream()
                .map(member -> store.byId(member.userId()))
                .flatMap(Optional::stream).map(UserStore.StoredUser::user).toList();
    }

    /** The groups of a user (by id or login), in the order the user joined them; none for an unknown user. */
    public List<SandboxGroup> groupsOf(String idOrLogin) {
        return store.find(idOrLogin).map(user -> memberships.groupsOf(user.id()).stream()
                .map(groupStore::byId).flatMap(Optional::stream).toList()).orElse(List.of());
    }

    /** Live counts of requests and answers since start or the last {@link #reset()}. */
    public SandboxCounters counters() {
        return counters;
    }

    /** Answers the next {@code count} requests, whatever their bucket, with 503 {@code E0000009}. */
    public void failNextRequests(int count) {
        faults.failNext(null, checkCount(count));
    }

    /** Answers the next {@code count} requests of {@code bucket} with 503 {@code E0000009}. */
    public void failNextRequests(Bucket bucket, int count) {
        faults.failNext(bucket, checkCount(count));
    }

    /** Closes the connection of the next {@code count} requests, whatever their bucket, without an answer. */
    public void dropNextRequests(int count) {
        faults.dropNext(null, checkCount(count));
    }

    /** Closes the connection of the next {@code count} requests of {@code bucket} without an answer. */
    public void dropNextRequests(Bucket bucket, int count) {
        faults.dropNext(bucket, checkCount(count));
    }

    /**
     * Back to the state at start: forgets all users, groups, memberships, counters, planned faults and rate-limit
     * counts, then seeds the builder's groups (with the same ids) and users again; the user types, their schemas,
     * the token and the configuration stay.
     */
    public void reset() {
        store.clear();
        groupStore.clear();
        memberships.clear();
        seededGroups.forEach(group -> groupCommands.create(group.id(), group.name(), group.description()));
        UserSeeder.seed(store, userTypes.defaultType(), seededUsers, clock);
        counters.reset();
        rateLimiting.reset();
        faults.reset();
    }

    /** Stops listening at once; requests in flight are cut off. */
    @Override
    public void close() {
        server.close();
    }

    /** The routing table, for the test that holds it against Okta's spec. */
    Router router() {
        return router;
    }

    /** Names the address, never the token: sandboxes end up in test logs. */
    @Override
    public String toString() {
        return "OktaSandbox[" + baseUrl + "]";
    }

    private Router newRouter(String baseUrl) {
        UserJson userJson = new UserJson(baseUrl);
        UserTypeJson userTypeJson = new UserTypeJson(baseUrl, OktaIds.adminId());
        GroupOperations groups = new GroupOperations(groupCommands, groupStore, store, memberships,
                new GroupJson(baseUrl), userJson, baseUrl);
        UserDeletionOperations deletion = new UserDeletionOperations(commands, store);
        Router router = new Router()
                .add("GET", "/api/v1/users", Bucket.LIST_USERS,
                        Set.of("search", "filter", "q", "after", "limit", "sortBy", "sortOrder", "fields", "expand"),
                        new ListUsersOperation(store, userJson, baseUrl))
                .add("POST", "/api/v1/users", Bucket.CREATE_USER, Set.of("activate", "provider", "nextLogin"),
                        new CreateUserOperation(commands, userJson))
                .add("GET", "/api/v1/users/{id}", Bucket.GET_USER, Set.of("expand"),
                        new GetUserOperation(store, userJson))
                .add("POST", "/api/v1/users/{id}", Bucket.UPDATE_USER, Set.of("strict"),
                        ChangeUserOperation.partialUpdate(commands, userJson))
                .add("PUT", "/api/v1/users/{id}", Bucket.UPDATE_USER, Set.of("strict"),
                        ChangeUserOperation.replace(commands, userJson))
                .add("DELETE", "/api/v1/users/{id}", Bucket.UPDATE_USER, Set.of("sendEmail"), deletion::delete)
                .add("GET", "/api/v1/users/{id}/groups", Bucket.OTHER, Set.of(), groups::groupsOfUser);
        for (LifecycleOperation operation : LifecycleOperation.values()) {
            router.add("POST", "/api/v1/users/{id}/lifecycle/" + operation.pathSegment(), Bucket.OTHER,
                    lifecycleParameters(operation), new LifecycleApiOperation(operation, commands, userJson, baseUrl));
        }
        return router
                .add("DELETE", "/api/v1/users/{userId}/sessions", Bucket.OTHER, Set.of("oauthTokens", "forgetDevices"),
                        deletion::revokeSessions)
                .add("GET", "/api/v1/groups", Bucket.GROUPS,
                        Set.of("search", "filter", "q", "after", "limit", "expand", "sortBy", "sortOrder"), groups::list)
                .add("POST", "/api/v1/groups", Bucket.GROUPS, Set.of(), groups::create)
                .add("GET", "/api/v1/groups/{groupId}", Bucket.GROUP, Set.of(), groups::get)
                .add("GET", "/api/v1/groups/{groupId}/users", Bucket.GROUPS, Set.of("after", "limit"), groups::members)
                .add("PUT", "/api/v1/groups/{groupId}/users/{userId}", Bucket.GROUPS, Set.of(), groups::addMember)
                .add("DELETE", "/api/v1/groups/{groupId}/users/{userId}", Bucket.GROUPS, Set.of(), groups::removeMember)
                .add("GET", "/api/v1/meta/types/user", Bucket.OTHER, Set.of(),
                        new ListUserTypesOperation(userTypes, userTypeJson))
                .add("GET", "/api/v1/meta/types/user/{typeId}", Bucket.OTHER, Set.of(),
                        new GetUserTypeOperation(userTypes, userTypeJson))
                .add("GET", "/api/v1/meta/schemas/user/{schemaId}", Bucket.OTHER, Set.of(),
                        new GetUserSchemaOperation(schemas, new UserSchemaJson(baseUrl)));
    }

    /** The query parameters Okta's spec declares for each lifecycle operation. */
    private static Set<String> lifecycleParameters(LifecycleOperation operation) {
        return switch (operation) {
            case ACTIVATE, REACTIVATE, DEACTIVATE -> Set.of("sendEmail");
            case EXPIRE_PASSWORD_WITH_TEMP_PASSWORD -> Set.of("revokeSessions");
            case RESET_PASSWORD -> Set.of("sendEmail", "revokeSessions");
            default -> Set.of();
        };
    }

    private static int checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return count;
    }
}
