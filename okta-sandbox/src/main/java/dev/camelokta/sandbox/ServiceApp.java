package dev.camelokta.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A registered service app: its definition, its public keys and, when the sandbox made it, its private key. */
final class ServiceApp {

    private final ServiceAppDefinition definition;
    private final JWK generatedKey;
    private final List<JWK> publicKeys;

    private ServiceApp(ServiceAppDefinition definition, JWK generatedKey) {
        this.definition = definition;
        this.generatedKey = generatedKey;
        List<JWK> keys = new ArrayList<>();
        if (generatedKey != null) {
            keys.add(generatedKey.toPublicJWK());
        }
        keys.addAll(definition.publicKeys());
        this.publicKeys = List.copyOf(keys);
    }

    static ServiceApp register(ServiceAppDefinition definition) {
        KeyType type = definition.generatedKeyType();
        return new ServiceApp(definition, type == null ? null : generate(type, definition.kid()));
    }

    private static JWK generate(KeyType type, String kid) {
        try {
            return switch (type) {
                case RSA -> new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).generate();
                case EC -> new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256).generate();
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("The JDK could not generate a " + type + " key pair", e);
        }
    }

    String clientId() {
        return definition.clientId();
    }

    Set<String> scopes() {
        return definition.scopes();
    }

    boolean requireDpop() {
        return definition.requireDpop();
    }

    List<JWK> publicKeys() {
        return publicKeys;
    }

    Optional<JWK> generatedKey() {
        return Optional.ofNullable(generatedKey);
    }

    /** The generated private key as PKCS#8 PEM, what a client is configured with. */
    String privateKeyPem() {
        JWK key = generatedKey().orElseThrow(() -> new IllegalStateException("The service app " + clientId()
                + " was registered with public keys only: the sandbox holds no private key of it"));
        try {
            byte[] pkcs8 = key instanceof RSAKey rsa ? rsa.toPrivateKey().getEncoded()
                    : ((ECKey) key).toPrivateKey().getEncoded();
            return Pem.privateKey(pkcs8);
        } catch (JOSEException e) {
            throw new IllegalStateException("The generated key of " + clientId() + " cannot be exported", e);
        }
    }

    /** Names the app, never a key. */
    @Override
    public String toString() {
        return definition.toString();
    }
}
