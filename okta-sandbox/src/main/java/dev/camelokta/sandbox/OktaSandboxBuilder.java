package dev.camelokta.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures an {@link OktaSandbox}; get one from {@link OktaSandbox#builder()}.
 *
 * <pre>{@code
 * OktaSandbox okta = OktaSandbox.builder()
 *         .rateLimit(Bucket.CREATE_USER, 200, Duration.ofSeconds(10))
 *         .userType("Contractor", "contractor")
 *         .customAttribute("contractor", "agency", "string")
 *         .group("Engineering")
 *         .latency(Duration.ofMillis(20))
 *         .start();
 * }</pre>
 */
public final class OktaSandboxBuilder {

    /** Okta's concurrency limit for API requests. */
    public static final int OKTA_CONCURRENCY_LIMIT = 75;
    /** The largest number of threads serving requests. */
    private static final int MAX_THREADS = 256;

    private int port;
    private String apiToken;
    private final Map<Bucket, RateLimit> rateLimits = new EnumMap<>(Bucket.class);
    private int concurrencyLimit = OKTA_CONCURRENCY_LIMIT;
    private boolean rateLimitsEnabled = true;
    private final List<UserTypeDefinition> userTypes = new ArrayList<>();
    private final List<CustomAttributeDefinition> customAttributes = new ArrayList<>();
    private final List<GroupDefinition> groups = new ArrayList<>();
    private int seededUsers;
    private Duration latency = Duration.ZERO;
    private double failureRate;
    private double dropRate;
    private Long seed;
    private final List<ServiceAppDefinition> serviceApps = new ArrayList<>();
    private Duration accessTokenLifetime = OAuthSettings.OKTA_ACCESS_TOKEN_LIFETIME;

    OktaSandboxBuilder() {
        for (Bucket bucket : Bucket.values()) {
            rateLimits.put(bucket, RateLimit.OKTA_DEFAULT);
        }
    }

    /** The port to listen on, on 127.0.0.1; 0 (the default) takes a free one. */
    public OktaSandboxBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        this.port = port;
        return this;
    }

    /** The token that clients must send as {@code Authorization: SSWS <token>}; random by default. */
    public OktaSandboxBuilder apiToken(String apiToken) {
        Objects.requireNonNull(apiToken, "apiToken");
        if (apiToken.isBlank() || !apiToken.equals(apiToken.trim())) {
            throw new IllegalArgumentException("An API token cannot be blank or start or end with spaces");
        }
        this.apiToken = apiToken;
        return this;
    }

    /** The limit of one bucket, {@code limit} requests per {@code window} (whole seconds); 600 per minute by default. */
    public OktaSandboxBuilder rateLimit(Bucket bucket, int limit, Duration window) {
        rateLimits.put(Objects.requireNonNull(bucket, "bucket"), new RateLimit(limit, window));
        return this;
    }

    /** The same limit for every bucket. */
    public OktaSandboxBuilder rateLimits(int limit, Duration window) {
        RateLimit rateLimit = new RateLimit(limit, window);
        rateLimits.replaceAll((bucket, old) -> rateLimit);
        return this;
    }

    /** How many requests may be in flight at once, 75 by default as on Okta; one more gets 429 at once. */
    public OktaSandboxBuilder concurrencyLimit(int concurrencyLimit) {
        if (concurrencyLimit < 1) {
            throw new IllegalArgumentException("The concurrency limit must be at least 1, was " + concurrencyLimit);
        }
        this.concurrencyLimit = concurrencyLimit;
        return this;
    }

    /**
     * {@code false} turns off the bucket limits and the concurrency limit: no 429, and no
     * {@code X-Rate-Limit-*} headers.
     */
    public OktaSandboxBuilder rateLimitsEnabled(boolean enabled) {
        this.rateLimitsEnabled = enabled;
        return this;
    }

    /** Adds a user type besides the default one, such as {@code userType("Contractor", "contractor")}. */
    public OktaSandboxBuilder userType(String displayName, String name) {
        return userType(displayName, name, "");
    }

    public OktaSandboxBuilder userType(String displayName, String name, String description) {
        userTypes.add(new UserTypeDefinition(displayName, name, description));
        return this;
    }

    /**
     * Adds a custom attribute to the default user type's profile schema, such as
     * {@code customAttribute("costCentreCode", "string")}. Types: {@code string}, {@code boolean}, {@code integer},
     * {@code number}, {@code array} (of strings). A profile property that is neither a base nor a custom attribute
     * of the user's type is refused, as Okta refuses it.
     */
    public OktaSandboxBuilder customAttribute(String name, String type) {
        customAttributes.add(new CustomAttributeDefinition(null, SchemaAttribute.custom(name, type)));
        return this;
    }

    /** Adds a custom attribute to the profile schema of one user type, by its name: {@code ("contractor", ...)}. */
    public OktaSandboxBuilder customAttribute(String userType, String name, String type) {
        Objects.requireNonNull(userType, "userType");
        customAttributes.add(new CustomAttributeDefinition(userType, SchemaAttribute.custom(name, type)));
        return this;
    }

    /** A group that exists from the start (and again after {@link OktaSandbox#reset()}), such as {@code "Engineering"}. */
    public OktaSandboxBuilder group(String name) {
        return group(name, null);
    }

    public OktaSandboxBuilder group(String name, String description) {
        groups.add(new GroupDefinition(name, description));
        return this;
    }

    /**
     * Starts with {@code count} ACTIVE users of the default type, {@code seed.user1@example.com} and on, made at
     * once without requests, for benchmarks: 100,000 take a second or two and some 50 MB.
     */
    public OktaSandboxBuilder seedUsers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of users to seed cannot be negative: " + count);
        }
        this.seededUsers = count;
        return this;
    }

    /** A fixed delay before every answer, counted as time in flight; none by default. */
    public OktaSandboxBuilder latency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("Latency cannot be negative: " + latency);
        }
        this.latency = latency;
        return this;
    }

    /** The share (0 to 1) of requests answered 503 {@code E0000009}; 0 by default. */
    public OktaSandboxBuilder failureRate(double failureRate) {
        FaultSettings.checkShare("failureRate", failureRate);
        this.failureRate = failureRate;
        return this;
    }

    /** The share (0 to 1) of requests whose connection is closed without an answer; 0 by default. */
    public OktaSandboxBuilder dropRate(double dropRate) {
        FaultSettings.checkShare("dropRate", dropRate);
        this.dropRate = dropRate;
        return this;
    }

    /** Seeds the draws of {@link #failureRate} and {@link #dropRate}, so that a run can be repeated. */
    public OktaSandboxBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Registers an OAuth 2.0 service app with the Okta API scopes granted to it, such as
     * {@code serviceApp("0oa-sync", "okta.users.read", "okta.users.manage")}. The sandbox generates an RSA 2048
     * key pair for it with the kid {@code clientId + "-key-1"}: see {@link OktaSandbox#serviceAppPrivateKeyPem}.
     */
    public OktaSandboxBuilder serviceApp(String clientId, String... scopes) {
        return serviceApp(ServiceAppDefinition.builder(clientId).scopes(scopes).build());
    }

    /** Registers a service app with its own keys, key type, kid or DPoP requirement. */
    public OktaSandboxBuilder serviceApp(ServiceAppDefinition app) {
        Objects.requireNonNull(app, "app");
        if (serviceApps.stream().anyMatch(known -> known.clientId().equals(app.clientId()))) {
            throw new IllegalArgumentException("A service app with the client id " + app.clientId()
                    + " is registered already");
        }
        serviceApps.add(app);
        return this;
    }

    /** How long issued access tokens live, whole seconds; 3600 s by default, as Okta's. */
    public OktaSandboxBuilder accessTokenLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.toSeconds() < 1 || lifetime.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("An access token lifetime is a whole number of seconds, at least 1: "
                    + lifetime);
        }
        this.accessTokenLifetime = lifetime;
        return this;
    }

    /** Starts the sandbox; it listens once this returns. */
    public OktaSandbox start() {
        FaultSettings faults = new FaultSettings(latency, failureRate, dropRate, seed);
        int maxThreads = Math.max(MAX_THREADS, rateLimitsEnabled ? concurrencyLimit + 16 : 0);
        return new OktaSandbox(port, apiToken == null ? OktaIds.apiToken() : apiToken, rateLimitsEnabled,
                Map.copyOf(rateLimits), concurrencyLimit, List.copyOf(userTypes), List.copyOf(customAttributes),
                List.copyOf(groups), seededUsers, faults, maxThreads,
                new OAuthSettings(serviceApps, accessTokenLifetime));
    }
}
