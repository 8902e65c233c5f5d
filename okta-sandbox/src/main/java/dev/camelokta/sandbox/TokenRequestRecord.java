package dev.camelokta.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the token endpoint received and answered, for tests of a client's token requests.
 *
 * @param form            the form parameters, {@code client_assertion} included
 * @param clientAssertion the client assertion's header and claims, when it was a JWT
 * @param dpopProof       the DPoP proof's header and claims, when one was sent and was a JWT
 * @param status          the status answered
 * @param error           the OAuth {@code error} answered, or {@code null} on success
 */
public record TokenRequestRecord(Map<String, String> form, Optional<ObservedJwt> clientAssertion,
                                 Optional<ObservedJwt> dpopProof, int status, String error) {

    public TokenRequestRecord {
        form = Map.copyOf(form);
    }

    /** A form parameter, or {@code null}. */
    public String parameter(String name) {
        return form.get(name);
    }

    /** Without the assertion's text: records end up in test logs. */
    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>(form);
        shown.computeIfPresent("client_assertion", (name, value) -> "(" + value.length() + " characters)");
        return "TokenRequest[" + shown + " -> " + status + (error == null ? "" : " " + error) + "]";
    }
}
