package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request for one page of a list: its {@code limit} (Okta's default when absent, at most its maximum) and where
 * the page starts ({@code after}), and the answer: the page, a {@code Link: <...>; rel="self"} header and, when
 * there is more, a {@code rel="next"} one, both on the sandbox's own origin.
 */
final class PageRequest {

    private final ApiRequest request;
    private final String list;
    private final String url;
    private final List<String> carriedParameters;
    private final int limit;
    private final long after;

    /**
     * @param list              the list's name, which its cursors carry
     * @param url               the list's absolute URL, without query
     * @param carriedParameters the query parameters the links repeat, such as {@code search}
     */
    PageRequest(ApiRequest request, String list, String url, List<String> carriedParameters, int defaultLimit,
                int maxLimit) {
        this.request = request;
        this.list = list;
        this.url = url;
        this.carriedParameters = carriedParameters;
        this.limit = Math.min(readLimit(request.query("limit"), defaultLimit), maxLimit);
        this.after = PageCursor.decode(list, request.query("after"));
    }

    int limit() {
        return limit;
    }

    /** The place after which the page starts: 0 for the first page. */
    long after() {
        return after;
    }

    /**
     * The answer with the page's items.
     *
     * @param nextAfter the place of the page's last item when there is a next page, or {@code null}
     */
    ApiResponse answer(ArrayNode items, Long nextAfter) {
        String self = request.query("after") == null ? link(null) : link(request.query("after"));
        ApiResponse response = ApiResponse.ok(items).withHeader("Link", "<" + self + ">; rel=\"self\"");
        if (nextAfter != null) {
            response = response.withHeader("Link",
                    "<" + link(PageCursor.encode(list, nextAfter)) + ">; rel=\"next\"");
        }
        return response;
    }

    private String link(String cursor) {
        StringBuilder link = new StringBuilder(url).append("?limit=").append(limit);
        for (String name : carriedParameters) {
            if (request.query(name) != null) {
                link.append('&').append(name).append('=').append(encode(request.query(name)));
            }
        }
        if (cursor != null) {
            link.append("&after=").append(encode(cursor));
        }
        return link.toString();
    }

    private static String encode(String value) {
        // Form encoding writes a space as +, which Okta's servlet stack (and the sandbox) reads back as a space.
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int readLimit(String text, int defaultLimit) {
        if (text == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new OktaApiException(OktaError.invalidArgument("limit must be a positive number"));
    }
}
