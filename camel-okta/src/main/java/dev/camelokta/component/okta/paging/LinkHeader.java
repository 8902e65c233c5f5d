package dev.camelokta.component.okta.paging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict reader of HTTP {@code Link} header values (RFC 8288, section 3), since neither HttpClient 5 nor Camel has
 * a public one: {@code <uri>; rel="next", <uri>; rel="self"}. Anything that is not that grammar is refused rather
 * than guessed at, because a list must never end early on a header it misread.
 */
final class LinkHeader {

    /**
     * One link: its target as written, and its parameters by lower-case name (the first of a repeated one, as the RFC
     * says).
     */
    record Link(String target, Map<String, String> parameters) {

        /** Whether its {@code rel}, a space-separated list of relation types, has this one (case-insensitive). */
        boolean hasRelation(String relation) {
            String rel = parameters.get("rel");
            return rel != null && Arrays.stream(rel.trim().split("[ \\t]+"))
                    .anyMatch(type -> type.equalsIgnoreCase(relation));
        }
    }

    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    private final String text;
    private int position;

    private LinkHeader(String text) {
        this.text = text;
    }

    /**
     * @param  values                   the Link header values of one answer
     * @throws IllegalArgumentException saying where a value departs from the grammar
     */
    static List<Link> parse(List<String> values) {
        List<Link> links = new ArrayList<>();
        for (String value : values) {
            new LinkHeader(value).readAll(links);
        }
        return links;
    }

    private void readAll(List<Link> links) {
        while (true) {
            skipWhitespace();
            if (atEnd()) {
                return;
            }
            if (peek() == ',') { // empty list elements are allowed (RFC 9110, 5.6.1)
                position++;
                continue;
            }
            links.add(readLink());
            skipWhitespace();
            if (atEnd()) {
                return;
            }
            expect(',');
        }
    }

    private Link readLink() {
        expect('<');
        int end = text.indexOf('>', position);
        if (end < 0) {
            throw malformed("no '>' closes the link target");
        }
        String target = text.substring(position, end);
        if (target.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '"')) {
            throw malformed("the link target has a space, a control character, '<' or '\"'");
        }
        position = end + 1;
        Map<String, String> parameters = new LinkedHashMap<>();
        while (true) {
            skipWhitespace();
            if (atEnd() || peek() == ',') {
                return new Link(target, parameters);
            }
            expect(';');
            skipWhitespace();
            String name = readToken().toLowerCase(Locale.ROOT);
            skipWhitespace();
            String value = "";
            if (!atEnd() && peek() == '=') {
                position++;
                skipWhitespace();
                value = !atEnd() && peek() == '"' ? readQuoted() : readToken();
            }
            parameters.putIfAbsent(name, value);
        }
    }

    private String readToken() {
        int start = position;
        while (!atEnd() && isTokenChar(peek())) {
            position++;
        }
        if (start == position) {
            throw malformed("a parameter name or value is expected");
        }
        return text.substring(start, position);
    }

    private String readQuoted() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                if (atEnd()) {
                    break;
                }
                c = text.charAt(position++);
            }
            if (c < ' ' && c != '\t') {
                throw malformed("a control character in a quoted value");
            }
            value.append(c);
        }
        throw malformed("a quoted value is not closed");
    }

    private static boolean isTokenChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || TOKEN_CHARS.indexOf(c) >= 0);
    }

    private void expect(char c) {
        if (atEnd() || peek() != c) {
            throw malformed("'" + c + "' is expected");
        }
        position++;
    }

    private void skipWhitespace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            position++;
        }
    }

    private char peek() {
        return text.charAt(position);
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private IllegalArgumentException malformed(String problem) {
        return new IllegalArgumentException("the Link header is malformed at character " + (position + 1) + ": " + problem);
    }
}
