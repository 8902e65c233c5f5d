package dev.camelokta.examples.provisioning.rest;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns {@code GET /users?search=...&after=...&limit=...} into okta:listUsers's headers. A query parameter that is
 * absent or empty sets nothing, so that {@code ?search=} lists every user rather than failing on an empty search.
 */
public final class UserSearchHeaders implements Processor {

    private static final Map<String, String> OKTA_HEADERS = Map.of(
            "search", "CamelOktaSearch",
            "after", "CamelOktaAfter",
            "limit", "CamelOktaLimit");

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody(null);
        OKTA_HEADERS.forEach((parameter, header) -> {
            String value = message.getHeader(parameter, String.class);
            message.removeHeader(parameter);
            if (value != null && !value.isBlank()) {
                message.setHeader(header, value.trim());
            }
        });
    }
}
