package dev.camelokta.component.okta;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the connection options of an endpoint and works out the org URL from them, so that a wrong value fails when
 * the route starts, with a message that names the option and shows a correct value.
 */
final class OktaOrgUrl {

    /** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private OktaOrgUrl() {
    }

    /**
     * @return the org URL without a trailing slash, e.g. {@code https://acme.okta.com}
     */
    static URI resolve(OktaConfiguration configuration) {
        requireToken(configuration.getApiToken());
        String baseUrl = configuration.getBaseUrl();
        if (baseUrl != null) {
            return fromBaseUrl(baseUrl);
        }
        return fromSubdomain(configuration.getSubdomain());
    }

    private static void requireToken(String apiToken) {
        if (apiToken == null || apiToken.isBlank()) {
            throw new IllegalArgumentException(
                    "The okta endpoint needs the option apiToken: your Okta API token, e.g. apiToken=RAW({{okta.api-token}}) "
                                               + "or camel.component.okta.api-token=... (Okta admin: Security > API > Tokens)");
        }
    }

    private static URI fromSubdomain(String subdomain) {
        if (subdomain == null) {
            throw new IllegalArgumentException(
                    "The okta endpoint needs the option subdomain (e.g. subdomain=acme for https://acme.okta.com) "
                                               + "or baseUrl (e.g. baseUrl=https://acme.okta-emea.com)");
        }
        if (!DNS_LABEL.matcher(subdomain).matches()) {
            throw new IllegalArgumentException(
                    "Invalid option subdomain '" + subdomain + "': it must be the single label before .okta.com, "
                                               + "e.g. subdomain=acme for https://acme.okta.com; for another domain set "
                                               + "baseUrl instead, e.g. baseUrl=https://acme.oktapreview.com");
        }
        return URI.create("https://" + subdomain.toLowerCase(Locale.ROOT) + ".okta.com");
    }

    private static URI fromBaseUrl(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            throw invalidBaseUrl(baseUrl, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalidBaseUrl(baseUrl, "it needs an https scheme and a host");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw invalidBaseUrl(baseUrl, "https is required (plain http is only allowed for 127.0.0.1 or localhost)");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalidBaseUrl(baseUrl, "it must not carry user info, a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!(path.isEmpty() || path.equals("/"))) {
            throw invalidBaseUrl(baseUrl, "give the org URL only, without a path such as /api/v1");
        }
        return URI.create(scheme + "://" + uri.getRawAuthority());
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static IllegalArgumentException invalidBaseUrl(String baseUrl, String why) {
        return new IllegalArgumentException("Invalid option baseUrl '" + baseUrl + "': " + why
                                            + "; e.g. baseUrl=https://acme.okta-emea.com or, in tests, http://127.0.0.1:8080");
    }
}
