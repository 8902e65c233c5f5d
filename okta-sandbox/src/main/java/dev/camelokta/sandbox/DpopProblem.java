package dev.camelokta.sandbox;

/**
 * Why a DPoP proof was refused. {@code nonceNeeded} tells the token endpoint to answer {@code use_dpop_nonce}
 * with a fresh {@code DPoP-Nonce} rather than {@code invalid_dpop_proof}.
 */
final class DpopProblem extends RuntimeException {

    private final boolean nonceNeeded;

    private DpopProblem(String description, boolean nonceNeeded) {
        super(description, null, false, false);
        this.nonceNeeded = nonceNeeded;
    }

    static DpopProblem invalid(String description) {
        return new DpopProblem(description, false);
    }

    static DpopProblem nonce(String description) {
        return new DpopProblem(description, true);
    }

    boolean nonceNeeded() {
        return nonceNeeded;
    }

    String description() {
        return getMessage();
    }
}
