package dev.camelokta.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The access tokens issued and not yet expired; opaque random strings, looked up on each resource call. */
final class AccessTokens {

    /** Above this many tokens, expired ones are swept, at most once a second: a sweep walks them all. */
    private static final int SWEEP_ABOVE = 1024;
    private static final long SWEEP_INTERVAL_MILLIS = 1000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedToken> byValue = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final AtomicLong lastSweep = new AtomicLong();

    AccessTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    IssuedToken issue(String clientId, Set<String> scopes, String jkt) {
        Instant now = clock.instant();
        long last = lastSweep.get();
        if (byValue.size() > SWEEP_ABOVE && now.toEpochMilli() - last >= SWEEP_INTERVAL_MILLIS
                && lastSweep.compareAndSet(last, now.toEpochMilli())) {
            byValue.values().removeIf(token -> !token.expiresAt().isAfter(now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        IssuedToken token = new IssuedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                clientId, Set.copyOf(scopes), now.plus(lifetime), jkt);
        byValue.put(token.value(), token);
        return token;
    }

    /** The token, when it was issued here and has not expired. */
    Optional<IssuedToken> valid(String value) {
        IssuedToken token = value == null ? null : byValue.get(value);
        return token != null && token.expiresAt().isAfter(clock.instant()) ? Optional.of(token) : Optional.empty();
    }

    /** Every token issued so far becomes invalid, as if its hour had passed. */
    void expireAll() {
        byValue.clear();
    }
}
