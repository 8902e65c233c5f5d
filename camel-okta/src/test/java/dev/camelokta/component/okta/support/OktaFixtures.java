package dev.camelokta.component.okta.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.component.okta.model.OktaJson;

/**
 * The Okta answers under {@code src/test/resources/okta}, shaped like the examples of Okta's Management API spec.
 */
public final class OktaFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OktaFixtures() {
    }

    public static String read(String fixture) {
        return resource("/okta/" + fixture);
    }

    /** A fixture that holds one JSON object, as a map. */
    public static Map<String, Object> object(String fixture) {
        return OktaJson.readObject(read(fixture));
    }

    /** A fixture that holds a JSON array of objects, such as a search answer. */
    public static List<Map<String, Object>> array(String fixture) {
        try {
            return JSON.readValue(read(fixture), new TypeReference<List<Map<String, Object>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = OktaFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
