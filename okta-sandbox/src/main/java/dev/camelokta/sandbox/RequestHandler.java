package dev.camelokta.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Takes every request through the same steps, in the order Okta's edge would: the concurrency limit,
 * the injected latency, the bucket's rate limit, the injected faults, the token check (SSWS, Bearer or
 * DPoP, and the scopes), and finally the operation. The OAuth token endpoint is routed here, beside the
 * {@link Router}'s table of the Management API. Each answer is sent from here, so that every one has the
 * same headers.
 */
final class RequestHandler implements HttpHandler {

    private final Router router;
    private final RateLimiting rateLimiting;
    private final FaultInjector faults;
    private final ResourceAccess access;
    private final SandboxCounters counters;
    private final Route tokenRoute;

    RequestHandler(Router router, RateLimiting rateLimiting, FaultInjector faults, ResourceAccess access,
                   SandboxCounters counters, TokenEndpoint tokenEndpoint) {
        this.router = router;
        this.rateLimiting = rateLimiting;
        this.faults = faults;
        this.access = access;
        this.counters = counters;
        this.tokenRoute = new Route(Bucket.TOKEN, tokenEndpoint, List.of("oauth2", "v1", "token"));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = OktaIds.requestId();
        try {
            String path = exchange.getRequestURI().getRawPath();
            Route route = TokenEndpoint.PATH.equals(path) ? tokenRoute
                    : router.route(exchange.getRequestMethod(), path);
            counters.requestReceived(route.bucket());
            if (!rateLimiting.tryEnter()) {
                counters.tooManyRequestsSent();
                send(exchange, requestId, rateLimiting.concurrencyRefusal(route.bucket()), OktaError.tooManyRequests());
                return;
            }
            try {
                serve(exchange, requestId, route);
            } finally {
                rateLimiting.exit();
            }
        } catch (RuntimeException unexpected) {
            // A bug of the sandbox: answer like Okta's own 500 rather than leave the client hanging.
            if (exchange.getResponseCode() == -1) {
                send(exchange, requestId, null, OktaError.internalServerError());
            }
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, String requestId, Route route) throws IOException {
        faults.delay();
        RateLimitDecision rateLimit = rateLimiting.acquire(route.bucket());
        if (!rateLimit.allowed()) {
            counters.tooManyRequestsSent();
            send(exchange, requestId, rateLimit, OktaError.tooManyRequests());
            return;
        }
        switch (faults.next(route.bucket())) {
            case DROP -> {
                drop(exchange);
                return;
            }
            case FAIL -> {
                counters.serviceUnavailableSent();
                send(exchange, requestId, rateLimit, OktaError.serviceUnavailable());
                return;
            }
            case NONE -> {
                // served below
            }
        }
        ApiResponse refusal = access.refusal(exchange, route);
        if (refusal != null) {
            ResponseWriter.send(exchange, requestId, rateLimit, refusal);
            return;
        }
        ApiResponse response;
        try {
            ApiRequest request = new ApiRequest(exchange, route.segments(),
                    QueryParameters.parse(exchange.getRequestURI().getRawQuery()));
            response = route.operation().handle(request);
        } catch (OktaApiException refused) {
            response = ErrorJson.response(refused.error());
        }
        ResponseWriter.send(exchange, requestId, rateLimit, response);
    }

    /**
     * Closes the connection without any answer. The request is read first, so that the client sees the
     * connection end rather than a reset while it is still sending.
     */
    private void drop(HttpExchange exchange) throws IOException {
        counters.connectionDropped();
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        // Closing an exchange that has sent no headers closes its connection.
        exchange.close();
    }

    private static void send(HttpExchange exchange, String requestId, RateLimitDecision rateLimit, OktaError error)
            throws IOException {
        ResponseWriter.send(exchange, requestId, rateLimit, ErrorJson.response(error));
    }
}
