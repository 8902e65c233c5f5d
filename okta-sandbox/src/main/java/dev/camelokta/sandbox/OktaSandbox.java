package dev.camelokta.sandbox;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
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
    private final OAuthServer oauth;
    private final SandboxHttpServer server;
    private final String baseUrl;

    OktaSandbox(int port, String apiToken, boolean rateLimitsEnabled, Map<Bucket, RateLimit> rateLimits,
                int concurrencyLimit, List<UserTypeDefinition> userTypeDefinitions,
                List<CustomAttributeDefinition> customAttributes, List<GroupDefinition> groups, int seededUsers,
                FaultSettings faultSettings, int maxThreads, OAuthSettings oauthSettings) {
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
        this.oauth = new OAuthServer(oauthSettings, baseUrl, apiToken, rateLimits.get(Bucket.TOKEN), counters, clock);
        server.start(new RequestHandler(router, rateLimiting, faults, oauth.access(), counters, oauth.endpoint()));
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

    /** The OAuth 2.0 token endpoint of the org authorization server: {@code baseUrl() + "/oauth2/v1/token"}. */
    public String tokenUrl() {
        return baseUrl + TokenEndpoint.PATH;
    }

    /**
     * The private key the sandbox generated for a service app, as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}),
     * what the client is configured with.
     *
     * @throws IllegalArgumentException when there is no such app
     * @throws IllegalStateException    when the app was registered with public keys only
     */
    public String serviceAppPrivateKeyPem(String clientId) {
        return oauth.apps().require(clientId).privateKeyPem();
    }

    /** The kid of the key the sandbox generated for a service app, {@code clientId + "-key-1"} by default. */
    public String serviceAppKeyId(String clientId) {
        return oauth.apps().require(clientId).generatedKey().map(JWK::getKeyID)
                .orElseThrow(() -> new IllegalStateException("The service app " + clientId
                        + " was registered with public keys only"));
    }

    /** The Okta API scopes granted to a service app, sorted. */
    public List<String> serviceAppScopes(String clientId) {
        return oauth.apps().require(clientId).scopes().stream().sorted().toList();
    }

    /** Whether a service app's token requests need a DPoP proof. */
    public boolean serviceAppRequiresDpop(String clientId) {
        return oauth.apps().require(clientId).requireDpop();
    }

    /** The client ids of the registered service apps, in the order they were added. */
    public List<String> serviceAppClientIds() {
        return oauth.apps().all().stream().map(ServiceApp::clientId).toList();
    }

    /** How long the access tokens live: {@link OktaSandboxBuilder#accessTokenLifetime}. */
    public Duration accessTokenLifetime() {
        return oauth.tokens().lifetime();
    }

    /**
     * Answers the next {@code count} token requests with {@code status}: 429 (with Okta's rate-limit headers,
     * nothing remaining) or a 5xx such as 503, with Okta's error bodies.
     */
    public void failNextTokenRequests(int status, int count) {
        TokenFaults.checkStatus(status);
        oauth.endpoint().failNext(status, checkCount(count));
    }

    /** Every access token issued so far becomes invalid: API calls with it get 401 {@code invalid_token}. */
    public void expireAccessTokens() {
        oauth.tokens().expireAll();
    }

    /** The token endpoint's current DPoP nonce, what a {@code use_dpop_nonce} answer hands out. */
    public String dpopNonce() {
        return oauth.nonces().current();
    }

    /** A new DPoP nonce; proofs with the old one get {@code use_dpop_nonce} again. Returns the new nonce. */
    public String rotateDpopNonce() {
        return oauth.nonces().rotate();
    }

    /** What the last token request sent (form, client assertion and DPoP proof) and what it got. */
    public Optional<TokenRequestRecord> lastTokenRequest() {
        return oauth.lastTokenRequest();
    }

    /**
     * The last 100 token requests that reached the token endpoint's checks (planned failures and 429s of the
     * bucket do not), oldest first: to see, say, that every assertion had its own {@code jti}.
     */
    public List<TokenRequestRecord> recentTokenRequests() {
        return oauth.recentTokenRequests();
    }

    /** The header and claims of the DPoP proof of the last API call that sent one. */
    public Optional<ObservedJwt> lastResourceDpopProof() {
        return oauth.access().lastProof();
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
     * counts, planned token-endpoint failures and the last token request seen, then seeds the builder's groups
     * (with the same ids) and users again; the user types, their schemas, the API token, the service apps with
     * their keys, the access tokens issued and the configuration stay.
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
        oauth.reset();
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
