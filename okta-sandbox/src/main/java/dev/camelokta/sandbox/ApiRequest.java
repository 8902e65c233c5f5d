package dev.camelokta.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A request as the operations see it: method, decoded path segments, query parameters, headers and body. */
final class ApiRequest {

    private final HttpExchange exchange;
    private final List<String> segments;
    private final Map<String, String> query;
    private byte[] body;

    ApiRequest(HttpExchange exchange, List<String> segments, Map<String, String> query) {
        this.exchange = exchange;
        this.segments = segments;
        this.query = query;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** The path segment at {@code index}, percent-decoded once: {@code /api/v1/users/{3}}. */
    String segment(int index) {
        return segments.get(index);
    }

    /** A query parameter's first value, or {@code null}. */
    String query(String name) {
        return query.get(name);
    }

    /** The names of the query parameters sent. */
    Set<String> queryNames() {
        return query.keySet();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** All values of a header, none when it is absent. */
    List<String> headers(String name) {
        List<String> values = exchange.getRequestHeaders().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    byte[] body() {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }
}
