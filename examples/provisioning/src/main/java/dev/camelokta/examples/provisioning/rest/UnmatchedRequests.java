package dev.camelokta.examples.provisioning.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.camelokta.component.okta.logging.LogValues;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers the requests that no route of the REST API takes with the API's JSON error body, where Vert.x would answer
 * an empty body or an HTML page: 404 for an unknown path, 405 (with {@code Allow}) for a method the path does not have,
 * 415 for a body of a media type the operation does not consume, 406 when the caller accepts none that it produces.
 *
 * <p>Vert.x matches the requests: for each path, routes placed after the application's own routes (which keep their
 * place in front) catch, in turn, what got past them. A request that reaches the route of its path and method with a
 * media type the operation consumes failed on Accept; one that reaches it with another failed on Content-Type.
 */
final class UnmatchedRequests {

    private static final int NOT_ACCEPTABLE_ORDER = Integer.MAX_VALUE - 3;
    private static final int UNSUPPORTED_MEDIA_TYPE_ORDER = Integer.MAX_VALUE - 2;
    private static final int METHOD_NOT_ALLOWED_ORDER = Integer.MAX_VALUE - 1;

    private UnmatchedRequests() {
    }

    static void install(Router router, List<RestOperation> operations) {
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        for (RestOperation operation : operations) {
            methodsByPath.computeIfAbsent(operation.path(), path -> new TreeSet<>()).add(operation.method());
            catchFailedNegotiation(router, operation);
        }
        methodsByPath.forEach((path, methods) -> router.route(RestOperation.vertxPath(path))
                .order(METHOD_NOT_ALLOWED_ORDER).handler(context -> methodNotAllowed(context, methods)));
        String paths = String.join(", ", methodsByPath.keySet());
        router.route().last().handler(context -> JsonError.send(context, 404, "No such resource: " + request(context)
                                                                             + "; the API has " + paths));
    }

    /** What reaches the path and method of the operation after its own route: a wrong Content-Type, or Accept. */
    private static void catchFailedNegotiation(Router router, RestOperation operation) {
        HttpMethod method = HttpMethod.valueOf(operation.method());
        Route acceptableBody = router.route(method, operation.vertxPath()).order(NOT_ACCEPTABLE_ORDER);
        operation.consumes().forEach(acceptableBody::consumes);
        acceptableBody.handler(UnmatchedRequests::notAcceptable);
        if (!operation.consumes().isEmpty()) {
            router.route(method, operation.vertxPath()).order(UNSUPPORTED_MEDIA_TYPE_ORDER)
                    .handler(context -> unsupportedMediaType(context, operation));
        }
    }

    private static void notAcceptable(RoutingContext context) {
        JsonError.send(context, 406, request(context) + " cannot answer in a media type of Accept '"
                                     + LogValues.safe(context.request().getHeader(HttpHeaders.ACCEPT))
                                     + "': ask for application/json");
    }

    private static void unsupportedMediaType(RoutingContext context, RestOperation operation) {
        JsonError.send(context, 415, request(context) + " does not take a body of Content-Type '"
                                     + LogValues.safe(context.request().getHeader(HttpHeaders.CONTENT_TYPE))
                                     + "': send " + String.join(" or ", operation.consumes()));
    }

    private static void methodNotAllowed(RoutingContext context, Set<String> methods) {
        context.response().putHeader(HttpHeaders.ALLOW, String.join(", ", methods));
        JsonError.send(context, 405, "Method not allowed: " + request(context) + "; the path takes "
                                     + String.join(", ", methods));
    }

    private static String request(RoutingContext context) {
        return LogValues.safe(context.request().method().name() + " " + context.normalizedPath());
    }
}
