package dev.camelokta.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a method and path to a {@link Route}: a table of Okta's path templates (as the spec writes them), each
 * with its methods, their bucket, the operation and the query parameters the spec declares for it; any other
 * query parameter is refused with {@code E0000002}. Unknown paths get 404 {@code E0000008} ("The requested path
 * was not found"), known paths with another method 405 {@code E0000022}; both count in {@link Bucket#OTHER}.
 */
final class Router {

    /** One method of a path template. */
    record Endpoint(String method, Bucket bucket, Set<String> queryParameters, ApiOperation operation) {
    }

    private final Map<String, List<Endpoint>> endpointsByTemplate = new LinkedHashMap<>();

    /** Adds {@code method} on the path template, such as {@code /api/v1/users/{id}}. */
    Router add(String method, String template, Bucket bucket, Set<String> queryParameters, ApiOperation operation) {
        endpointsByTemplate.computeIfAbsent(template, t -> new ArrayList<>())
                .add(new Endpoint(method, bucket, Set.copyOf(queryParameters), operation));
        return this;
    }

    /** The table, by template, for the test that holds it against the spec. */
    Map<String, List<Endpoint>> endpoints() {
        return endpointsByTemplate;
    }

    Route route(String method, String rawPath) {
        List<String> segments;
        try {
            segments = PathSegments.decode(rawPath);
        } catch (IllegalArgumentException e) {
            return refusal(OktaError.invalidArgument("malformed path"), List.of());
        }
        for (Map.Entry<String, List<Endpoint>> entry : endpointsByTemplate.entrySet()) {
            if (matches(entry.getKey(), segments)) {
                for (Endpoint endpoint : entry.getValue()) {
                    if (endpoint.method().equals(method)) {
                        return new Route(endpoint.bucket(), checked(endpoint), segments);
                    }
                }
                return methodNotAllowed(segments, String.join(", ",
                        entry.getValue().stream().map(Endpoint::method).toList()));
            }
        }
        return refusal(OktaError.pathNotFound(), segments);
    }

    /** Literal segments must be equal; a {@code {name}} segment takes any non-empty one. */
    private static boolean matches(String template, List<String> segments) {
        String[] parts = template.substring(1).split("/");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            boolean variable = parts[i].startsWith("{");
            if (variable ? segments.get(i).isEmpty() : !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static ApiOperation checked(Endpoint endpoint) {
        return request -> {
            for (String name : request.queryNames()) {
                if (!endpoint.queryParameters().contains(name)) {
                    throw new OktaApiException(OktaError.undeclaredParameter(name));
                }
            }
            return endpoint.operation().handle(request);
        };
    }

    private static Route methodNotAllowed(List<String> segments, String allowed) {
        return new Route(Bucket.OTHER, request -> ErrorJson.response(OktaError.methodNotAllowed())
                .withHeader("Allow", allowed), segments);
    }

    private static Route refusal(OktaError error, List<String> segments) {
        return new Route(Bucket.OTHER, request -> {
            throw new OktaApiException(error);
        }, segments);
    }
}
