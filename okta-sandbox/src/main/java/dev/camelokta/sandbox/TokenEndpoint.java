package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code POST /oauth2/v1/token} of the org authorization server, for service apps: the client credentials grant
 * with a {@code private_key_jwt} client assertion, and DPoP (RFC 9449) for the apps that require it. Answers
 * with OAuth bodies, {@code {"error":"...","error_description":"..."}}, as Okta does there.
 */
final class TokenEndpoint implements ApiOperation {

    static final String PATH = "/oauth2/v1/token";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** A token request is a few kilobytes; anything past this is not one. */
    static final int MAX_FORM_BYTES = 64 * 1024;

    private final String baseUrl;
    private final ClientAssertionVerifier assertions;
    private final DpopProofVerifier proofs;
    private final DpopNonces nonces;
    private final AccessTokens tokens;
    private final TokenFaults faults;
    private final SandboxCounters counters;
    /** How many token requests {@link #recentRequests()} keeps. */
    static final int KEPT_REQUESTS = 100;

    private final AtomicReference<TokenRequestRecord> last = new AtomicReference<>();
    private final Deque<TokenRequestRecord> recent = new ArrayDeque<>();

    TokenEndpoint(String baseUrl, ClientAssertionVerifier assertions, DpopProofVerifier proofs, DpopNonces nonces,
                  AccessTokens tokens, TokenFaults faults, SandboxCounters counters) {
        this.baseUrl = baseUrl;
        this.assertions = assertions;
        this.proofs = proofs;
        this.nonces = nonces;
        this.tokens = tokens;
        this.faults = faults;
        this.counters = counters;
    }

    Optional<TokenRequestRecord> lastRequest() {
        return Optional.ofNullable(last.get());
    }

    /** The last {@link #KEPT_REQUESTS} token requests that reached the endpoint's checks, oldest first. */
    List<TokenRequestRecord> recentRequests() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private void remember(TokenRequestRecord request) {
        last.set(request);
        synchronized (recent) {
            if (recent.size() == KEPT_REQUESTS) {
                recent.removeFirst();
            }
            recent.addLast(request);
        }
    }

    void failNext(int status, int count) {
        faults.failNext(status, count);
    }

    void reset() {
        last.set(null);
        synchronized (recent) {
            recent.clear();
        }
        faults.reset();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("POST")) {
            return ErrorJson.response(OktaError.methodNotAllowed()).withHeader("Allow", "POST");
        }
        ApiResponse planned = faults.next();
        if (planned != null) {
            return planned;
        }
        Map<String, String> form = Map.of();
        List<String> proofHeaders = request.headers("DPoP");
        ApiResponse response;
        String error = null;
        try {
            form = form(request);
            response = grant(form, proofHeaders, url(request));
        } catch (OAuthException refused) {
            error = refused.error().error();
            response = answer(refused.error());
        }
        remember(new TokenRequestRecord(form, ObservedJwt.of(form.get("client_assertion")),
                proofHeaders.size() == 1 ? ObservedJwt.of(proofHeaders.get(0)) : Optional.empty(),
                response.status(), error));
        return response;
    }

    private ApiResponse grant(Map<String, String> form, List<String> proofHeaders, String url) {
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw new OAuthException(OAuthError.invalidRequest("The token request must specify a 'grant_type'. "
                    + "Valid values: [client_credentials]"));
        }
        if (!grantType.equals("client_credentials")) {
            throw new OAuthException(OAuthError.unsupportedGrantType(grantType));
        }
        String assertionText = form.get("client_assertion");
        if (assertionText == null || assertionText.isBlank()) {
            throw new OAuthException(OAuthError.noAuthentication());
        }
        if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
            throw new OAuthException(OAuthError.invalidRequest("The 'client_assertion_type' must be "
                    + ASSERTION_TYPE + "."));
        }
        ClientAssertionVerifier.VerifiedAssertion assertion = assertions.verify(parse(assertionText),
                form.get("client_id"), url);
        ServiceApp app = assertion.app();
        List<String> scopes = grantedScopes(app, form.get("scope"));
        DpopProofVerifier.VerifiedProof proof = proof(app, proofHeaders, url);
        assertions.consume(assertion);
        if (proof != null) {
            consume(proof);
        }
        IssuedToken token = tokens.issue(app.clientId(), Set.copyOf(scopes), proof == null ? null : proof.jkt());
        counters.tokenIssued();
        ObjectNode body = Json.object();
        body.put("token_type", token.dpopBound() ? "DPoP" : "Bearer");
        body.put("expires_in", tokens.lifetime().toSeconds());
        body.put("access_token", token.value());
        body.put("scope", String.join(" ", scopes));
        return noStore(ApiResponse.ok(body));
    }

    /** Every requested scope must be granted to the app, else the whole request is refused, as Okta does. */
    private static List<String> grantedScopes(ServiceApp app, String scope) {
        if (scope == null || scope.isBlank()) {
            throw new OAuthException(OAuthError.missingScope());
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        List<String> missing = new ArrayList<>();
        for (String one : requested) {
            if (!app.scopes().contains(one)) {
                missing.add(one);
            }
        }
        if (!missing.isEmpty()) {
            throw new OAuthException(OAuthError.scopesNotGranted(missing));
        }
        return List.copyOf(requested);
    }

    /** The checked proof, or {@code null} for an app that does not require DPoP and was sent none. */
    private DpopProofVerifier.VerifiedProof proof(ServiceApp app, List<String> proofHeaders, String url) {
        if (proofHeaders.isEmpty()) {
            if (app.requireDpop()) {
                throw new OAuthException(OAuthError.proofMissing());
            }
            return null;
        }
        if (proofHeaders.size() > 1) {
            throw new OAuthException(OAuthError.invalidDpopProof("Only one DPoP proof JWT header is allowed."));
        }
        try {
            return proofs.verify(parseProof(proofHeaders.get(0)), "POST", url, null);
        } catch (DpopProblem problem) {
            throw new OAuthException(problem.nonceNeeded() ? OAuthError.useDpopNonce(problem.description())
                    : OAuthError.invalidDpopProof(problem.description()));
        }
    }

    private void consume(DpopProofVerifier.VerifiedProof proof) {
        try {
            proofs.consume(proof);
        } catch (DpopProblem problem) {
            throw new OAuthException(OAuthError.invalidDpopProof(problem.description()));
        }
    }

    private ApiResponse answer(OAuthError error) {
        ObjectNode body = Json.object();
        body.put("error", error.error());
        body.put("error_description", error.description());
        ApiResponse response = noStore(new ApiResponse(error.status(), body, Map.of()));
        if (error.error().equals("use_dpop_nonce")) {
            response = response.withHeader("DPoP-Nonce", nonces.current());
        }
        return response;
    }

    private static ApiResponse noStore(ApiResponse response) {
        return response.withHeader("Cache-Control", "no-cache, no-store").withHeader("Pragma", "no-cache");
    }

    /** The URL the client called, as {@code aud} and {@code htu} must name it: scheme, host, port and path. */
    private String url(ApiRequest request) {
        String host = request.header("Host");
        return (host == null || host.isBlank() ? baseUrl : "http://" + host) + PATH;
    }

    private static Map<String, String> form(ApiRequest request) {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            throw new OAuthException(OAuthError.invalidRequest(
                    "The token request must be sent as application/x-www-form-urlencoded."));
        }
        byte[] body = request.body();
        if (body.length > MAX_FORM_BYTES) {
            throw new OAuthException(OAuthError.invalidRequest("The token request body is larger than "
                    + MAX_FORM_BYTES + " bytes."));
        }
        try {
            return Map.copyOf(QueryParameters.parse(new String(body, StandardCharsets.UTF_8)));
        } catch (OktaApiException malformed) {
            throw new OAuthException(OAuthError.invalidRequest("The token request body is not a valid form."));
        }
    }

    private static SignedJWT parse(String assertion) {
        try {
            return SignedJWT.parse(assertion);
        } catch (ParseException e) {
            throw new OAuthException(OAuthError.invalidClient("The client_assertion token is malformed."));
        }
    }

    private static SignedJWT parseProof(String proof) {
        try {
            return SignedJWT.parse(proof);
        } catch (ParseException e) {
            throw new OAuthException(OAuthError.invalidDpopProof("The DPoP proof JWT is malformed."));
        }
    }
}
