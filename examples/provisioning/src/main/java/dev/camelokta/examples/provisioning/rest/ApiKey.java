package dev.camelokta.examples.provisioning.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key a REST caller must send as {@code Authorization: Bearer <key>}: the one configured
 * ({@value #PROPERTY}, or the environment variable PROVISIONING_API_KEY), or one generated at start.
 */
public final class ApiKey {

    /** The Camel property of the key; Camel Main also reads it from the environment variable PROVISIONING_API_KEY. */
    public static final String PROPERTY = "provisioning.api-key";
    public static final String ENVIRONMENT_VARIABLE = "PROVISIONING_API_KEY";

    static final int MIN_LENGTH = 16;
    private static final int GENERATED_BYTES = 32;

    private final byte[] value;
    private final boolean generated;

    private ApiKey(String value, boolean generated) {
        this.value = value.getBytes(StandardCharsets.UTF_8);
        this.generated = generated;
    }

    /**
     * @param  configured               the configured key, or null or blank for a generated one
     * @throws IllegalArgumentException when the configured key is too short to be a secret
     */
    public static ApiKey of(String configured) {
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[GENERATED_BYTES];
            new SecureRandom().nextBytes(random);
            return new ApiKey(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
        }
        String key = configured.trim();
        if (key.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("Invalid " + PROPERTY + " (" + ENVIRONMENT_VARIABLE + "): it has "
                                               + key.length() + " characters, a key needs at least " + MIN_LENGTH
                                               + "; use e.g. the output of 'openssl rand -base64 32', or leave it unset"
                                               + " to have one generated at each start");
        }
        return new ApiKey(key, false);
    }

    /** Whether {@code presented} is this key; takes as long whatever it is, so that timing tells nothing of the key. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value, presented.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isGenerated() {
        return generated;
    }

    /** The key itself, to tell the user once at start when it was generated; never for a log line otherwise. */
    public String reveal() {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return generated ? "ApiKey[generated]" : "ApiKey[configured]";
    }
}
