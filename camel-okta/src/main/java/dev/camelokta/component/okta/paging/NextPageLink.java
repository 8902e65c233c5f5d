package dev.camelokta.component.okta.paging;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.camelokta.component.okta.api.OktaApiException;
import dev.camelokta.component.okta.http.OktaResponse;
import dev.camelokta.component.okta.logging.LogValues;

/**
 * Reads the cursor of the next page from a list answer's {@code Link: <...>; rel="next"} header. The link is
 * followed only when it is on the org's own origin (scheme, host and port) and on the same path as the request, since
 * the API token goes with the next request; any other link, a malformed header, or a next link without an
 * {@code after} cursor fails the list, naming the link, rather than ending it early.
 */
final class NextPageLink {

    private NextPageLink() {
    }

    /**
     * @param  orgUrl           where the request went
     * @return                  the next page's {@code after}, or null on the last page
     * @throws OktaApiException when there is a next link that may not or cannot be followed
     */
    static String cursor(OktaResponse response, URI orgUrl) {
        List<LinkHeader.Link> next;
        try {
            next = LinkHeader.parse(response.links()).stream().filter(link -> link.hasRelation("next")).toList();
        } catch (IllegalArgumentException e) {
            throw refused(response, e.getMessage() + " (" + LogValues.safe(String.join(", ", response.links())) + ")");
        }
        if (next.isEmpty()) {
            return null;
        }
        if (next.size() > 1) {
            throw refused(response, "it has " + next.size() + " next links");
        }
        String target = next.get(0).target();
        try {
            return follow(response, orgUrl, target);
        } catch (IllegalArgumentException e) { // a malformed %-escape
            throw refused(response, "its next link " + LogValues.safe(target) + " cannot be read (" + LogValues.safe(e.getMessage()) + ")");
        }
    }

    private static String follow(OktaResponse response, URI orgUrl, String target) {
        URI link = resolve(response, orgUrl, target);
        if (!sameOrigin(link, orgUrl)) {
            throw refused(response, "its next link " + LogValues.safe(target) + " is not on the org's origin " + origin(orgUrl)
                                    + ": not followed, since the API token would go with it");
        }
        if (!segments(link.getRawPath()).equals(requestPath(response, orgUrl))) {
            throw refused(response, "its next link " + LogValues.safe(target) + " is not on the request's path /"
                                    + String.join("/", requestPath(response, orgUrl)) + ": not followed");
        }
        String after = queryValue(link.getRawQuery(), "after");
        if (after == null || after.isEmpty()) {
            throw refused(response, "its next link " + LogValues.safe(target) + " has no after cursor");
        }
        return after;
    }

    /** A relative link is resolved against the request's URL, as RFC 8288 says. */
    private static URI resolve(OktaResponse response, URI orgUrl, String target) {
        try {
            URI request = new URI(orgUrl.getScheme(), orgUrl.getAuthority(),
                    "/" + String.join("/", requestPath(response, orgUrl)), null, null);
            return request.resolve(new URI(target));
        } catch (URISyntaxException e) {
            throw refused(response, "its next link " + LogValues.safe(target) + " is not a URI (" + LogValues.safe(e.getMessage()) + ")");
        }
    }

    private static boolean sameOrigin(URI link, URI orgUrl) {
        return link.getScheme() != null && link.getHost() != null && link.getRawUserInfo() == null
               && link.getScheme().equalsIgnoreCase(orgUrl.getScheme())
               && link.getHost().equalsIgnoreCase(orgUrl.getHost())
               && port(link) == port(orgUrl);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
               + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    /** The request's path below the host, decoded, segment by segment: the org URL's path, then the request's. */
    private static List<String> requestPath(OktaResponse response, URI orgUrl) {
        List<String> path = new ArrayList<>(segments(orgUrl.getRawPath()));
        path.addAll(response.request().pathSegments());
        return path;
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath != null) {
            for (String segment : rawPath.split("/")) {
                if (!segment.isEmpty()) {
                    segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
                }
            }
        }
        return segments;
    }

    private static String queryValue(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static OktaApiException refused(OktaResponse response, String problem) {
        return new OktaApiException("Okta answered " + response.status() + " to " + LogValues.safe(response.request().describe())
                                    + " but " + problem,
                response.status(), null, null, List.of(), response.requestId(), response.rateLimit(), null);
    }
}
