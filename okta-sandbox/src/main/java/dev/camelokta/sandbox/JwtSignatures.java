package dev.camelokta.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.Set;

/** Verifies a JWS against a public JWK, with the asymmetric algorithms Okta accepts. */
final class JwtSignatures {

    /** Okta's algorithms for client assertions and DPoP proofs, as its {@code DPoP algs="..."} challenge lists. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** The challenge's list, in Okta's order. */
    static final String ALGORITHM_NAMES = "RS256 RS384 RS512 ES256 ES384 ES512";

    private JwtSignatures() {
    }

    /** {@code false} for a wrong signature, an algorithm outside the list, or one that does not fit the key. */
    static boolean verifies(SignedJWT jwt, JWK key) {
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            return false;
        }
        try {
            JWSVerifier verifier;
            if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(algorithm)) {
                verifier = new RSASSAVerifier(rsa);
            } else if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(algorithm)
                    && ECDSAVerifier.SUPPORTED_ALGORITHMS.contains(algorithm)) {
                verifier = new ECDSAVerifier(ec);
            } else {
                return false;
            }
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            // A curve that does not match the algorithm, for one: not a valid signature either.
            return false;
        }
    }
}
