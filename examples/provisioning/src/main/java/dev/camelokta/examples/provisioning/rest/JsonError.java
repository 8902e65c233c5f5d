package dev.camelokta.examples.provisioning.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The body of every error answer of the REST API, {@code {"success": false, "error": "..."}}: the two fields that the
 * component's failure results ({@code {success, error, user}}, {@code {success, error, options}}) have in common, for
 * the answers that no okta call made (no key, a wrong Host, no such path, method or media type).
 */
final class JsonError {

    private JsonError() {
    }

    static String body(String error) {
        return new JsonObject().put("success", false).put("error", error).encode();
    }

    /** Ends the request with {@code status} and the error body. */
    static void send(RoutingContext context, int status, String error) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body(error));
    }
}
