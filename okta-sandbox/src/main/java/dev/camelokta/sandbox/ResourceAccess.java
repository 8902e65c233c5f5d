package dev.camelokta.sandbox;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides whether a request to the API may go on: {@code SSWS} with the API token, {@code Bearer} with an
 * access token of the token endpoint, or {@code DPoP} with a DPoP-bound access token and a proof for this very
 * request; then, for access tokens, the scopes the endpoint needs ({@link ScopePolicy}). Refusals are Okta's:
 * 401 {@code E0000011} or 403 {@code E0000006}, with its {@code WWW-Authenticate} challenge for access tokens.
 * The token endpoint itself authenticates clients by their assertions and passes here unchecked.
 */
final class ResourceAccess {

    private static final String INVALID_TOKEN = "The access token is invalid.";

    private final ApiTokenCheck apiToken;
    private final AccessTokens tokens;
    private final DpopProofVerifier proofs;
    private final String baseUrl;
    private final AtomicReference<ObservedJwt> lastProof = new AtomicReference<>();

    ResourceAccess(ApiTokenCheck apiToken, AccessTokens tokens, DpopProofVerifier proofs, String baseUrl) {
        this.apiToken = apiToken;
        this.tokens = tokens;
        this.proofs = proofs;
        this.baseUrl = baseUrl;
    }

    /** The DPoP proof of the last resource call that sent one, whether it was accepted or not. */
    Optional<ObservedJwt> lastProof() {
        return Optional.ofNullable(lastProof.get());
    }

    void reset() {
        lastProof.set(null);
    }

    /** The refusal to send, or {@code null} when the request may be served. */
    ApiResponse refusal(HttpExchange exchange, Route route) {
        if (route.bucket() == Bucket.TOKEN) {
            return null;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return ErrorJson.response(OktaError.invalidToken());
        }
        if (authorization.startsWith("SSWS ")) {
            return apiToken.accepts(authorization) ? null : ErrorJson.response(OktaError.invalidToken());
        }
        Call call = new Call(exchange, route);
        if (hasScheme(authorization, "Bearer ")) {
            return bearer(call, authorization.substring("Bearer ".length()).trim());
        }
        if (hasScheme(authorization, "DPoP ")) {
            return dpop(call, authorization.substring("DPoP ".length()).trim());
        }
        return ErrorJson.response(OktaError.invalidToken());
    }

    private ApiResponse bearer(Call call, String value) {
        Optional<IssuedToken> token = tokens.valid(value);
        if (token.isEmpty()) {
            return call.unauthorized(false, "invalid_token", INVALID_TOKEN);
        }
        if (token.get().dpopBound()) {
            return call.unauthorized(true, "invalid_token",
                    "The access token is DPoP-bound: send it as 'Authorization: DPoP' with a DPoP proof.");
        }
        return call.scopeRefusal(false, token.get());
    }

    private ApiResponse dpop(Call call, String value) {
        Optional<IssuedToken> found = tokens.valid(value);
        if (found.isEmpty()) {
            return call.unauthorized(true, "invalid_token", INVALID_TOKEN);
        }
        IssuedToken token = found.get();
        if (!token.dpopBound()) {
            return call.unauthorized(false, "invalid_token",
                    "The access token is not DPoP-bound: send it as 'Authorization: Bearer'.");
        }
        List<String> proofHeaders = call.exchange.getRequestHeaders().getOrDefault("DPoP", List.of());
        if (proofHeaders.size() != 1) {
            return call.unauthorized(true, "invalid_dpop_proof", proofHeaders.isEmpty()
                    ? "The DPoP proof JWT header is missing." : "Only one DPoP proof JWT header is allowed.");
        }
        try {
            SignedJWT proof = SignedJWT.parse(proofHeaders.get(0));
            lastProof.set(ObservedJwt.of(proof));
            DpopProofVerifier.VerifiedProof verified = proofs.verify(proof, call.method, call.url(), value);
            if (!verified.jkt().equals(token.jkt())) {
                return call.unauthorized(true, "invalid_dpop_proof",
                        "The DPoP proof JWT key is not the key the access token is bound to.");
            }
            proofs.consume(verified);
        } catch (ParseException e) {
            return call.unauthorized(true, "invalid_dpop_proof", "The DPoP proof JWT is malformed.");
        } catch (DpopProblem problem) {
            return call.unauthorized(true, "invalid_dpop_proof", problem.description());
        }
        return call.scopeRefusal(true, token);
    }

    private static boolean hasScheme(String authorization, String scheme) {
        return authorization.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    /** One request's method, path and required scopes, to answer it. */
    private final class Call {

        final HttpExchange exchange;
        final String method;
        final String path;
        final List<String> required;

        Call(HttpExchange exchange, Route route) {
            this.exchange = exchange;
            this.method = exchange.getRequestMethod();
            this.path = exchange.getRequestURI().getRawPath();
            this.required = ScopePolicy.required(method, route.segments());
        }

        /** What {@code htu} must be: scheme, host, port and path, without query. */
        String url() {
            String host = exchange.getRequestHeaders().getFirst("Host");
            return (host == null || host.isBlank() ? baseUrl : "http://" + host) + path;
        }

        ApiResponse unauthorized(boolean dpop, String error, String description) {
            return ErrorJson.response(OktaError.invalidToken()).withHeader("WWW-Authenticate",
                    WwwAuthenticate.challenge(dpop, baseUrl, required.isEmpty() ? null : required.get(0), error,
                            description, path));
        }

        ApiResponse scopeRefusal(boolean dpop, IssuedToken token) {
            if (required.isEmpty() || required.stream().anyMatch(token.scopes()::contains)) {
                return null;
            }
            return ErrorJson.response(OktaError.insufficientPermissions()).withHeader("WWW-Authenticate",
                    WwwAuthenticate.challenge(dpop, baseUrl, required.get(0), "insufficient_scope",
                            "The access token provided does not contain the required scopes.", path));
        }
    }
}
