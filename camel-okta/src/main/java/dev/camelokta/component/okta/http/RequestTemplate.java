package dev.camelokta.component.okta.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one kind of Okta request is built: its method, its path with {@code {parameter}} segments, its query and the
 * rate-limit bucket it counts against, e.g. {@code GET /api/v1/users/{user_id}} in {@code GET_USER}. Each
 * placeholder's value becomes exactly one path segment or one query value, encoded when sent.
 *
 * @param method the HTTP method
 * @param path   the path segments below the org URL, literal or {@code {parameter}}
 * @param query  query parameter name to a literal value or {@code {parameter}}, in order; a parameter without a value
 *               leaves its query parameter out
 * @param bucket Okta's rate-limit bucket
 */
public record RequestTemplate(String method, List<String> path, Map<String, String> query, OktaRateLimitBucket bucket) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    public RequestTemplate {
        path = List.copyOf(path);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** @param pathTemplate e.g. {@code /api/v1/users/{user_id}} */
    public static RequestTemplate of(String method, String pathTemplate, OktaRateLimitBucket bucket) {
        if (!pathTemplate.startsWith("/")) {
            throw new IllegalArgumentException("A request path starts with /: " + pathTemplate);
        }
        return new RequestTemplate(method, List.of(pathTemplate.substring(1).split("/")), Map.of(), bucket);
    }

    /** This template with one more query parameter, e.g. {@code query("activate", "{activate}")}. */
    public RequestTemplate query(String name, String valueTemplate) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, valueTemplate);
        return new RequestTemplate(method, path, more, bucket);
    }

    /**
     * @param values   a parameter's value by name; every path placeholder needs one
     * @param jsonBody the JSON body, or null
     */
    public OktaRequest build(Function<String, Object> values, String jsonBody) {
        List<String> segments = new ArrayList<>(path.size());
        for (String segment : path) {
            String parameter = placeholder(segment);
            if (parameter == null) {
                segments.add(segment);
            } else {
                Object value = values.apply(parameter);
                if (value == null) {
                    throw new IllegalStateException(describe() + " needs a value for " + parameter);
                }
                segments.add(value.toString());
            }
        }
        Map<String, String> queryValues = new LinkedHashMap<>();
        query.forEach((name, template) -> {
            String parameter = placeholder(template);
            Object value = parameter == null ? template : values.apply(parameter);
            if (value != null) {
                queryValues.put(name, value.toString());
            }
        });
        return new OktaRequest(method, segments, queryValues, jsonBody, null, bucket);
    }

    /** The parameters the path and the query take, in order. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        path.stream().map(RequestTemplate::placeholder).filter(name -> name != null).forEach(names::add);
        query.values().stream().map(RequestTemplate::placeholder).filter(name -> name != null).forEach(names::add);
        return names;
    }

    /** e.g. {@code POST /api/v1/users?activate={activate}} */
    public String describe() {
        StringBuilder text = new StringBuilder(method).append(" /").append(String.join("/", path));
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            text.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        return text.toString();
    }

    private static String placeholder(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
