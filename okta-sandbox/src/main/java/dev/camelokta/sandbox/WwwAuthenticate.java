package dev.camelokta.sandbox;

/**
 * The {@code WWW-Authenticate} challenges of Okta's resource server for OAuth tokens, in its shape:
 * {@code Bearer authorization_uri="...", realm="...", scope="...", error="...", error_description="...",
 * resource="/api/v1/..."}, and for DPoP tokens the same after {@code DPoP algs="RS256 ..."}.
 */
final class WwwAuthenticate {

    private WwwAuthenticate() {
    }

    static String challenge(boolean dpop, String baseUrl, String scope, String error, String description,
                            String resource) {
        StringBuilder header = new StringBuilder(dpop ? "DPoP algs=\"" + JwtSignatures.ALGORITHM_NAMES + "\", "
                : "Bearer ");
        header.append("authorization_uri=\"").append(baseUrl).append("/oauth2/v1/authorize\", realm=\"")
                .append(baseUrl).append('"');
        if (scope != null) {
            header.append(", scope=\"").append(scope).append('"');
        }
        return header.append(", error=\"").append(error).append("\", error_description=\"").append(description)
                .append("\", resource=\"").append(resource).append('"').toString();
    }
}
