package dev.camelokta.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>It serves {@code POST/GET /api/v1/users}, {@code GET/POST/PUT /api/v1/users/{idOrLogin}} and
 * {@code GET /api/v1/meta/types/user}, with Okta's validation, error bodies, {@code ETag}s, rate limits
 * and concurrency limit, and can inject latency, 503 answers and dropped connections. Thread-safe.
 */
public final class OktaSandbox implements AutoCloseable {

    private final String apiToken;
    private final UserStore store = new UserStore();
    private final SandboxCounters counters = new SandboxCounters();
    private final UserTypeRegistry userTypes;
    private final UserCommands commands;
    private final RateLimiting rateLimiting;
    private final FaultInjector faults;
    private final SandboxHttpServer server;
    private final String baseUrl;

    OktaSandbox(int port, String apiToken, boolean rateLimitsEnabled, Map<Bucket, RateLimit> rateLimits,
                int concurrencyLimit, List<UserTypeDefinition> userTypeDefinitions, FaultSettings faultSettings,
                int maxThreads) {
        Clock clock = Clock.systemUTC();
        this.apiToken = apiToken;
        this.userTypes = new UserTypeRegistry(userTypeDefinitions, OktaTimestamps.now(clock));
        this.commands = new UserCommands(store, userTypes, counters, clock);
        this.rateLimiting = new RateLimiting(rateLimitsEnabled, rateLimits, concurrencyLimit, clock::millis);
        this.faults = new FaultInjector(faultSettings);
        // The operations need the base URL for their links, and it is known once the port is bound.
        this.server = SandboxHttpServer.bind(port, maxThreads);
        this.baseUrl = "http://127.0.0.1:" + server.port();
        server.start(new RequestHandler(newRouter(baseUrl), rateLimiting, faults, new ApiTokenCheck(apiToken),
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
        try {
            return commands.create(new UserInput(ProfileValues.immutableCopy(profile), null, false), true);
        } catch (OktaApiException refused) {
            OktaError error = refused.error();
            throw new IllegalArgumentException(error.errorSummary()
                    + error.causes().stream().collect(Collectors.joining("; ", " (", ")")));
        }
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
     * Forgets all users, counters, planned faults and rate-limit counts; the user types, the token and
     * the configuration stay.
     */
    public void reset() {
        store.clear();
        counters.reset();
        rateLimiting.reset();
        faults.reset();
    }

    /** Stops listening at once; requests in flight are cut off. */
    @Override
    public void close() {
        server.close();
    }

    /** Names the address, never the token: sandboxes end up in test logs. */
    @Override
    public String toString() {
        return "OktaSandbox[" + baseUrl + "]";
    }

    private Router newRouter(String baseUrl) {
        UserJson userJson = new UserJson(baseUrl);
        UserTypeJson userTypeJson = new UserTypeJson(baseUrl, OktaIds.adminId());
        return new Router(
                new ListUsersOperation(store, userJson, baseUrl),
                new CreateUserOperation(commands, userJson),
                new GetUserOperation(store, userJson),
                ChangeUserOperation.partialUpdate(commands, userJson),
                ChangeUserOperation.replace(commands, userJson),
                new ListUserTypesOperation(userTypes, userTypeJson),
                new GetUserTypeOperation(userTypes, userTypeJson));
    }

    private static int checkCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        return count;
    }
}
