package dev.camelokta.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fills the store with many ACTIVE users of the default type at once, for benchmarks: {@code seed.user1@example.com}
 * and on. Cheap in memory: the users share one key array, one first name and one timestamp, and a login is its
 * own email, so 100,000 users take some 50 MB. They pass no schema check, being made to pass it.
 */
final class UserSeeder {

    private static final String[] KEYS = {"firstName", "lastName", "email", "login"};
    private static final String FIRST_NAME = "Seed";

    private UserSeeder() {
    }

    static void seed(UserStore store, UserType defaultType, int count, Clock clock) {
        Instant now = OktaTimestamps.now(clock);
        for (int n = 1; n <= count; n++) {
            String login = "seed.user" + n + "@example.com";
            Object[] values = {FIRST_NAME, "User" + n, login, login};
            CompactProfile profile = new CompactProfile(KEYS, values);
            String etag = "W/\"" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\"";
            store.insert(id -> new SandboxUser(id, UserStatus.ACTIVE, defaultType.id(), profile, now, now, now, now,
                    null, etag));
        }
    }
}
