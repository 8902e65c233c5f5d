package dev.camelokta.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes keys as PEM text; Nimbus reads PEM (with Bouncy Castle) but does not write it. */
final class Pem {

    private static final Base64.Encoder LINES = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    /** A PKCS#8 {@code PRIVATE KEY} block of the DER encoding. */
    static String privateKey(byte[] pkcs8) {
        return "-----BEGIN PRIVATE KEY-----\n" + LINES.encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n";
    }
}
