package dev.camelokta.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sandbox's one JSON mapper: Jackson's mapper is thread-safe and costly to make, so it is shared. */
final class Json {

    // Trailing tokens make a body malformed, as a strict server would have it: "{} {}" is not one JSON value.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /**
     * Reads a request body.
     *
     * @throws OktaApiException {@code E0000003} when the body is empty or not JSON
     */
    static JsonNode read(byte[] body) {
        if (body.length == 0) {
            throw new OktaApiException(OktaError.malformedBody());
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new OktaApiException(OktaError.malformedBody());
            }
            return node;
        } catch (IOException e) {
            throw new OktaApiException(OktaError.malformedBody());
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> toMap(ObjectNode node) {
        return MAPPER.convertValue(node, LinkedHashMap.class);
    }

    static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
