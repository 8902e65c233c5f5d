package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer of an operation: a status, a JSON body ({@code null} for 204) and the headers that belong to it (ETag,
 * Link, Allow). A header may repeat, as Okta's {@code Link} headers do.
 */
record ApiResponse(int status, JsonNode body, Map<String, List<String>> headers) {

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body, Map.of());
    }

    /** 204: Okta's answer to a delete or a membership change, without a body. */
    static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(more.getOrDefault(name, List.of()));
        values.add(value);
        more.put(name, List.copyOf(values));
        return new ApiResponse(status, body, Map.copyOf(more));
    }
}
