package dev.camelokta.component.okta;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.camelokta.component.okta.logging.LogValues;
import org.apache.hc.core5.net.InetAddressUtils;

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
                    "The okta endpoint needs the option apiToken: your Okta API token (Okta admin: Security > API > Tokens), "
                                               + "best as apiToken=env:OKTA_API_TOKEN or camel.component.okta.api-token="
                                               + "env:OKTA_API_TOKEN, read by the component from that environment variable "
                                               + "so that Camel's logs never see it; a token written into a URI needs "
                                               + "RAW(...), e.g. apiToken=RAW(00abc...)");
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
                    "Invalid option subdomain '" + LogValues.safe(subdomain) + "': it must be the single label before .okta.com, "
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
            throw invalidBaseUrl(baseUrl, "https is required (plain http is only allowed to a loopback address: "
                                          + "127.x.x.x, [::1] or localhost)");
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

    /**
     * Whether plain http may go to the host: only a literal loopback address or exactly {@code localhost}, so that no
     * name that merely looks like one ({@code 127.0.0.1.nip.io}, {@code localhost.attacker.example}) takes the token
     * over plain http. Decided on the text alone, without DNS. The dotted-quad form only: {@code 2130706433} and
     * {@code 0x7f.1}, which some resolvers read as 127.0.0.1, are refused, and so is the IPv4-mapped
     * {@code [::ffff:127.0.0.1]}, for which {@code 127.0.0.1} is the plain spelling.
     *
     * @param host the host as {@link URI#getHost()} gives it, IPv6 literals in brackets
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (InetAddressUtils.isIPv4(h)) {
            return h.startsWith("127.");
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            return isIPv6Loopback(h.substring(1, h.length() - 1));
        }
        return false;
    }

    private static boolean isIPv6Loopback(String literal) {
        if (!InetAddressUtils.isIPv6(literal) || literal.indexOf('%') >= 0) {
            return false; // not an IPv6 literal (an IPv4-mapped one is not one here), or one with a scope
        }
        try {
            // a validated IPv6 literal: getByName only parses it, it never asks DNS
            InetAddress address = InetAddress.getByName(literal);
            return address instanceof Inet6Address && address.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static IllegalArgumentException invalidBaseUrl(String baseUrl, String why) {
        return new IllegalArgumentException("Invalid option baseUrl '" + LogValues.safe(baseUrl) + "': " + why
                                            + "; e.g. baseUrl=https://acme.okta-emea.com or, in tests, http://127.0.0.1:8080");
    }
}
