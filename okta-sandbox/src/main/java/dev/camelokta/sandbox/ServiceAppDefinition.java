package dev.camelokta.sandbox;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth 2.0 service app of the sandbox's org, as an admin registers it in Okta: a client id, the public keys
 * its client assertions are signed with ({@code private_key_jwt}), the Okta API scopes granted to it, and whether
 * it requires DPoP.
 *
 * <pre>{@code
 * ServiceAppDefinition.builder("0oa-provisioning")
 *         .scopes("okta.users.read", "okta.users.manage")
 *         .generatedKey(KeyType.EC)      // the sandbox makes the pair and hands out the private key
 *         .requireDpop(true)
 *         .build();
 * }</pre>
 *
 * <p>Without {@link Builder#publicJwk} the sandbox generates an RSA 2048 pair with the kid
 * {@code clientId + "-key-1"}; with public JWKs it generates none unless {@link Builder#generatedKey} asks for one.
 */
public final class ServiceAppDefinition {

    private final String clientId;
    private final Set<String> scopes;
    private final List<JWK> publicKeys;
    private final KeyType generatedKeyType;
    private final String kid;
    private final boolean requireDpop;

    private ServiceAppDefinition(Builder builder) {
        this.clientId = builder.clientId;
        this.scopes = Set.copyOf(builder.scopes);
        this.publicKeys = List.copyOf(builder.publicKeys);
        this.generatedKeyType = builder.generatedKeyType != null || !builder.publicKeys.isEmpty()
                ? builder.generatedKeyType : KeyType.RSA;
        this.kid = builder.kid != null ? builder.kid : clientId + "-key-1";
        this.requireDpop = builder.requireDpop;
    }

    public static Builder builder(String clientId) {
        return new Builder(clientId);
    }

    public String clientId() {
        return clientId;
    }

    /** The Okta API scopes granted to the app, such as {@code okta.users.read}. */
    public Set<String> scopes() {
        return scopes;
    }

    /** The public keys registered by the test, besides the generated one. */
    public List<JWK> publicKeys() {
        return publicKeys;
    }

    /** The kind of key pair the sandbox generates, or {@code null} for none. */
    public KeyType generatedKeyType() {
        return generatedKeyType;
    }

    /** The kid of the generated key. */
    public String kid() {
        return kid;
    }

    public boolean requireDpop() {
        return requireDpop;
    }

    @Override
    public String toString() {
        return "ServiceApp[" + clientId + " scopes=" + scopes + " dpop=" + requireDpop + "]";
    }

    /** Builds a {@link ServiceAppDefinition}. */
    public static final class Builder {

        private final String clientId;
        private final Set<String> scopes = new LinkedHashSet<>();
        private final List<JWK> publicKeys = new ArrayList<>();
        private KeyType generatedKeyType;
        private String kid;
        private boolean requireDpop;

        private Builder(String clientId) {
            Objects.requireNonNull(clientId, "clientId");
            if (clientId.isBlank() || !clientId.equals(clientId.strip())) {
                throw new IllegalArgumentException("A client id cannot be blank or start or end with spaces");
            }
            this.clientId = clientId;
        }

        /** Grants Okta API scopes, such as {@code okta.users.read}; adds to those granted before. */
        public Builder scopes(String... scopes) {
            return scopes(Arrays.asList(scopes));
        }

        public Builder scopes(Iterable<String> scopes) {
            for (String scope : scopes) {
                if (scope == null || scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("A scope is one word, such as okta.users.read, not '"
                            + scope + "'");
                }
                this.scopes.add(scope);
            }
            return this;
        }

        /**
         * Registers a public key as a JWK in JSON, such as {@code {"kty":"RSA","kid":"k1","n":"...","e":"AQAB"}}.
         * A private JWK is accepted; only its public part is kept.
         */
        public Builder publicJwk(String jwkJson) {
            Objects.requireNonNull(jwkJson, "jwkJson");
            try {
                return publicJwk(JWK.parse(jwkJson));
            } catch (ParseException e) {
                throw new IllegalArgumentException("Not a JWK: " + e.getMessage(), e);
            }
        }

        public Builder publicJwk(JWK jwk) {
            Objects.requireNonNull(jwk, "jwk");
            publicKeys.add(jwk.toPublicJWK());
            return this;
        }

        /** Has the sandbox generate a key pair of this kind (RSA 2048 or EC P-256), besides any public JWKs. */
        public Builder generatedKey(KeyType type) {
            this.generatedKeyType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** The kid of the generated key; {@code clientId + "-key-1"} by default. */
        public Builder kid(String kid) {
            Objects.requireNonNull(kid, "kid");
            if (kid.isBlank()) {
                throw new IllegalArgumentException("A kid cannot be blank");
            }
            this.kid = kid;
            return this;
        }

        /** Whether token requests need a DPoP proof, as Okta's "Require DPoP header in token requests". */
        public Builder requireDpop(boolean requireDpop) {
            this.requireDpop = requireDpop;
            return this;
        }

        public ServiceAppDefinition build() {
            return new ServiceAppDefinition(this);
        }
    }
}
