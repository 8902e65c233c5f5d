package dev.camelokta.examples.provisioning.rest;

import java.util.List;
import java.util.Locale;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets a request through only with {@code Authorization: Bearer <the API key>}; answers 401 with a
 * {@code WWW-Authenticate} challenge otherwise. The key a client sent is never logged nor echoed, and is removed from
 * the request once checked, so that no Camel header, log or trace of the exchange can show it.
 */
final class ApiKeyCheck implements Handler<RoutingContext> {

    private static final String SCHEME = "bearer ";
    private static final String CHALLENGE = "Bearer realm=\"okta-provisioning\"";
    private static final String HOW = "send the header Authorization: Bearer <key>, with the key this application "
                                      + "logged at start or the one set in " + ApiKey.ENVIRONMENT_VARIABLE;

    private final ApiKey key;

    ApiKeyCheck(ApiKey key) {
        this.key = key;
    }

    @Override
    public void handle(RoutingContext context) {
        List<String> authorization = context.request().headers().getAll(HttpHeaders.AUTHORIZATION);
        if (authorization.isEmpty()) {
            refuse(context, CHALLENGE, "This API needs its key: " + HOW);
        } else if (authorization.size() == 1 && key.matches(bearerToken(authorization.get(0)))) {
            context.request().headers().remove(HttpHeaders.AUTHORIZATION);
            context.next();
        } else {
            refuse(context, CHALLENGE + ", error=\"invalid_token\"", "Wrong API key: " + HOW);
        }
    }

    /** The token of {@code Bearer <token>}, or null for another scheme. */
    private static String bearerToken(String authorization) {
        String value = authorization.trim();
        return value.toLowerCase(Locale.ROOT).startsWith(SCHEME) ? value.substring(SCHEME.length()).trim() : null;
    }

    private static void refuse(RoutingContext context, String challenge, String error) {
        context.response().putHeader("WWW-Authenticate", challenge);
        JsonError.send(context, 401, error);
    }
}
