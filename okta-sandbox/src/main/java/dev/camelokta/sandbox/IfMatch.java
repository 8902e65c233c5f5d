package dev.camelokta.sandbox;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code If-Match} precondition of an update. Tags are compared weakly (a {@code W/} prefix is
 * ignored on both sides), because Okta hands out weak tags and expects them back in {@code If-Match}.
 */
final class IfMatch {

    private static final IfMatch ANY = new IfMatch(List.of("*"));

    private final List<String> tags;

    private IfMatch(List<String> tags) {
        this.tags = tags;
    }

    /** The precondition of a request, from its {@code If-Match} header; no header means no precondition. */
    static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return ANY;
        }
        return new IfMatch(Arrays.stream(header.split(",")).map(String::trim).filter(tag -> !tag.isEmpty())
                .map(IfMatch::opaque).toList());
    }

    /** @throws OktaApiException 412 when the user's current tag is not among the expected ones */
    void check(String currentEtag) {
        String current = opaque(currentEtag);
        if (!tags.contains("*") && !tags.contains(current)) {
            throw new OktaApiException(OktaError.preconditionFailed());
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
