package dev.camelokta.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's OAuth 2.0 side, wired once: the service apps, the token endpoint with its checks of client
 * assertions and DPoP proofs, the issued tokens, and the access check of API calls that uses them.
 */
final class OAuthServer {

    private final ServiceApps apps;
    private final AccessTokens tokens;
    private final DpopNonces nonces = new DpopNonces();
    private final TokenEndpoint endpoint;
    private final ResourceAccess access;

    OAuthServer(OAuthSettings settings, String baseUrl, String apiToken, RateLimit tokenRateLimit,
                SandboxCounters counters, Clock clock) {
        this.apps = new ServiceApps(settings.serviceApps());
        this.tokens = new AccessTokens(clock, settings.accessTokenLifetime());
        // One replay cache for assertions and proofs: a jti is a jti, and random ones do not collide.
        ReplayCache jtis = new ReplayCache(clock::millis);
        DpopProofVerifier proofs = new DpopProofVerifier(jtis, nonces, clock);
        this.endpoint = new TokenEndpoint(baseUrl, new ClientAssertionVerifier(apps, jtis, clock), proofs, nonces,
                tokens, new TokenFaults(tokenRateLimit, counters, clock), counters);
        this.access = new ResourceAccess(new ApiTokenCheck(apiToken), tokens, proofs, baseUrl);
    }

    TokenEndpoint endpoint() {
        return endpoint;
    }

    ResourceAccess access() {
        return access;
    }

    ServiceApps apps() {
        return apps;
    }

    AccessTokens tokens() {
        return tokens;
    }

    DpopNonces nonces() {
        return nonces;
    }

    Optional<TokenRequestRecord> lastTokenRequest() {
        return endpoint.lastRequest();
    }

    List<TokenRequestRecord> recentTokenRequests() {
        return endpoint.recentRequests();
    }

    void reset() {
        endpoint.reset();
        access.reset();
    }
}
