package dev.camelokta.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/** The token endpoint's current DPoP nonce; only the current one is accepted, so a rotation retires the old. */
final class DpopNonces {

    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<String> current = new AtomicReference<>(fresh());

    String current() {
        return current.get();
    }

    boolean isCurrent(String nonce) {
        return current.get().equals(nonce);
    }

    /** A new nonce; the previous one now gets {@code use_dpop_nonce}. */
    String rotate() {
        String next = fresh();
        current.set(next);
        return next;
    }

    private String fresh() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
