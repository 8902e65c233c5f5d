package dev.camelokta.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a raw query string. Values are form-decoded, so {@code +} is a space, as in the Java servlet
 * stack Okta runs on: a literal plus in a search value must be sent as {@code %2B}.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** The first value of each parameter. @throws OktaApiException {@code E0000002} for bad percent-escapes */
    static Map<String, String> parse(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new OktaApiException(OktaError.invalidArgument("malformed query string"));
        }
    }
}
