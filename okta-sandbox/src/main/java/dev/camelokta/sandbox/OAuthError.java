package dev.camelokta.sandbox;

import java.util.List;

/**
 * An error of the token endpoint, as Okta's authorization server answers it: a status and an OAuth error body,
 * {@code {"error":"invalid_client","error_description":"..."}}. The factories hold Okta's wording where it is known
 * (from Okta's answers quoted in its SDKs' issues); the others are the sandbox's own.
 */
record OAuthError(int status, String error, String description) {

    static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description);
    }

    static OAuthError invalidDpopProof(String description) {
        return new OAuthError(400, "invalid_dpop_proof", description);
    }

    static OAuthError useDpopNonce(String description) {
        return new OAuthError(400, "use_dpop_nonce", description);
    }

    static OAuthError unsupportedGrantType(String grantType) {
        return new OAuthError(400, "unsupported_grant_type", "The authorization grant type '" + grantType
                + "' is not supported by the authorization server. Configured grant types: [client_credentials].");
    }

    static OAuthError noAuthentication() {
        return invalidClient("Client authentication failed. Either the client or the client credentials are invalid.");
    }

    static OAuthError missingScope() {
        return invalidScope("The authorization server resource does not have any configured default scopes, "
                + "'scope' must be provided.");
    }

    static OAuthError scopesNotGranted(List<String> scopes) {
        return invalidScope("The following scopes are not granted to the client: " + String.join(" ", scopes));
    }

    static OAuthError proofMissing() {
        return invalidDpopProof("The DPoP proof JWT header is missing.");
    }

    static OAuthError nonceRequired() {
        return useDpopNonce("Authorization server requires nonce in DPoP proof.");
    }
}
