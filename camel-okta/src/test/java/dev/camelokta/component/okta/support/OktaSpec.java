package dev.camelokta.component.okta.support;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.networknt.schema.ValidationMessage;
import dev.camelokta.sandbox.OpenApiSchemas;

/**
 * Okta's Management API spec excerpt (okta-sandbox's test-jar, src/test/resources/okta-spec) as a checker of requests:
 * it finds the operation a request calls and lists every way the request departs from it (OpenAPI 3.0.3):
 * <ul>
 * <li>method and path match an operation (path templates such as {@code /api/v1/users/{id}}), and each path value
 * suits its parameter's schema;</li>
 * <li>every query parameter is declared by the operation or its path item, once, with a value its schema allows;</li>
 * <li>every header that the spec declares as a parameter somewhere (such as {@code If-Match}) is declared by this
 * operation, with a value its schema allows; required parameters are present;</li>
 * <li>{@code Authorization} follows the {@code apiToken} scheme, which the operation's {@code security} lists;</li>
 * <li>{@code Accept} names a media type of the operation's 2xx answers, or, for an operation whose 2xx answers have
 * no body (a 204, or {@code content: {}}), of its error answers, since those are all it can receive;</li>
 * <li>a body is sent exactly when the operation has a {@code requestBody}, with one of its content types, and the
 * JSON validates against its schema.</li>
 * </ul>
 * Schemas are converted to JSON Schema 2020-12 for the networknt validator: {@code nullable: true} becomes a
 * {@code "null"} type, {@code #/components/schemas/X} points into {@code $defs}, and formats (such as {@code email})
 * are asserted.
 */
public final class OktaSpec {

    /** OpenAPI 3.0.3, Parameter Object: header parameters with these names "SHALL be ignored". */
    private static final Set<String> IGNORED_HEADER_PARAMETERS = Set.of("accept", "content-type", "authorization");
    private static final String SECURITY_SCHEME = "apiToken";
    /** How the scheme's description says to send the token: {@code Authorization: SSWS {API Token}}. */
    private static final Pattern TOKEN_FORMAT = Pattern.compile("`Authorization: (\\S+) \\{API Token}`");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiSchemas schemas;
    private final JsonNode spec;
    private final Set<String> headerParameters;

    /**
     * A request as it went over the wire.
     *
     * @param url     the raw path and query, still percent-encoded
     * @param headers looked up in any case
     * @param body    the body, or null
     */
    public record Request(String method, String url, Map<String, String> headers, String body) {

        public Request {
            Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            caseInsensitive.putAll(headers);
            headers = Collections.unmodifiableMap(caseInsensitive);
        }

        /** A request WireMock received. */
        public static Request of(LoggedRequest logged) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (HttpHeader header : logged.getHeaders().all()) {
                headers.put(header.key(), String.join(", ", header.values()));
            }
            String body = logged.getBodyAsString();
            return new Request(logged.getMethod().getName(), logged.getUrl(), headers, body.isEmpty() ? null : body);
        }

        public String path() {
            int query = url.indexOf('?');
            return query < 0 ? url : url.substring(0, query);
        }

        /** The raw query, or "" when there is none. */
        public String query() {
            int query = url.indexOf('?');
            return query < 0 ? "" : url.substring(query + 1);
        }

        public Request withMethod(String method) {
            return new Request(method, url, headers, body);
        }

        public Request withUrl(String url) {
            return new Request(method, url, headers, body);
        }

        /** This request with the header set, or removed when value is null. */
        public Request withHeader(String name, String value) {
            Map<String, String> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            changed.putAll(headers);
            if (value == null) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
            return new Request(method, url, changed, body);
        }

        public Request withBody(String body) {
            return new Request(method, url, headers, body);
        }
    }

    /** An operation of the spec: its path item (for the parameters shared by its operations) and its definition. */
    public record Operation(String method, String pathTemplate, JsonNode pathItem, JsonNode definition) {

        public String operationId() {
            return definition.path("operationId").asText();
        }
    }

    private OktaSpec(OpenApiSchemas schemas) {
        this.schemas = schemas;
        this.spec = schemas.spec();
        this.headerParameters = declaredHeaderParameters();
    }

    /** The excerpt of Okta's spec that okta-sandbox's test-jar ships (its OpenApiSchemas reads it). */
    public static OktaSpec load() {
        return new OktaSpec(OpenApiSchemas.load());
    }

    /** The operation of the spec that {@code method} on the concrete, raw {@code path} calls; literal paths win. */
    public Optional<Operation> operation(String method, String path) {
        List<Operation> matches = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(item -> {
            JsonNode definition = item.getValue().path(method.toLowerCase(Locale.ROOT));
            if (definition.isObject() && pathValues(item.getKey(), path) != null) {
                matches.add(new Operation(method, item.getKey(), item.getValue(), definition));
            }
        });
        return matches.stream().min(Comparator.comparingLong(op -> op.pathTemplate().chars().filter(c -> c == '{').count()));
    }

    /** Every way the request departs from the spec; empty when it conforms. */
    public List<String> violations(Request request) {
        Optional<Operation> found = operation(request.method(), request.path());
        if (found.isEmpty()) {
            return List.of(request.method() + " " + request.path() + " is no operation of the spec");
        }
        Operation operation = found.get();
        Map<String, JsonNode> parameters = parameters(operation);
        List<String> violations = new ArrayList<>();
        checkPath(operation, request, parameters, violations);
        checkQuery(request, parameters, violations);
        checkHeaders(request, parameters, violations);
        checkAuthorization(operation, request, violations);
        checkAccept(operation, request, violations);
        checkBody(operation, request, violations);
        return violations.stream().map(violation -> operation.operationId() + ": " + violation).toList();
    }

    private void checkPath(Operation operation, Request request, Map<String, JsonNode> parameters, List<String> violations) {
        pathValues(operation.pathTemplate(), request.path()).forEach((name, value) -> {
            JsonNode parameter = parameters.get("path:" + name);
            if (parameter == null) {
                violations.add("path parameter " + name + " is not declared");
            } else {
                checkValue("path parameter " + name, parameter, value, violations);
            }
        });
    }

    private void checkQuery(Request request, Map<String, JsonNode> parameters, List<String> violations) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : request.query().split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        query.forEach((name, values) -> {
            JsonNode parameter = parameters.get("query:" + name);
            if (parameter == null) {
                violations.add("query parameter " + name + " is not declared");
            } else if (values.size() > 1) {
                violations.add("query parameter " + name + " is given " + values.size() + " times");
            } else {
                checkValue("query parameter " + name, parameter, values.get(0), violations);
            }
        });
        checkRequired("query", query.keySet(), parameters, violations);
    }

    private void checkHeaders(Request request, Map<String, JsonNode> parameters, List<String> violations) {
        request.headers().forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (headerParameters.contains(key)) {
                JsonNode parameter = parameters.get("header:" + key);
                if (parameter == null) {
                    violations.add("header " + name + " is not a parameter of this operation");
                } else {
                    checkValue("header " + name, parameter, value, violations);
                }
            }
        });
        Set<String> sent = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sent.addAll(request.headers().keySet());
        checkRequired("header", sent, parameters, violations);
    }

    private void checkAuthorization(Operation operation, Request request, List<String> violations) {
        JsonNode security = operation.definition().has("security") ? operation.definition().path("security")
                : spec.path("security");
        boolean listed = false;
        for (JsonNode requirement : security) {
            listed |= requirement.has(SECURITY_SCHEME);
        }
        if (!listed) {
            violations.add("security does not list " + SECURITY_SCHEME);
        }
        JsonNode scheme = spec.path("components").path("securitySchemes").path(SECURITY_SCHEME);
        Matcher format = TOKEN_FORMAT.matcher(scheme.path("description").asText());
        if (!scheme.path("type").asText().equals("apiKey") || !scheme.path("in").asText().equals("header") || !format.find()) {
            throw new IllegalStateException("The spec's " + SECURITY_SCHEME + " scheme is not the expected header scheme: " + scheme);
        }
        String header = scheme.path("name").asText();
        String value = request.headers().get(header);
        if (value == null || !value.matches(Pattern.quote(format.group(1)) + " [^\\s]+")) {
            violations.add(header + " is not \"" + format.group(1) + " {API Token}\" (" + SECURITY_SCHEME + ")");
        }
    }

    private void checkAccept(Operation operation, Request request, List<String> violations) {
        String accept = request.headers().get("Accept");
        if (accept == null) {
            return;
        }
        Set<String> offered = new TreeSet<>();
        operation.definition().path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                resolve(response.getValue()).path("content").fieldNames().forEachRemaining(offered::add);
            }
        });
        String answers = "2xx answers'";
        if (offered.isEmpty()) {
            answers = "error answers'";
            operation.definition().path("responses").fields().forEachRemaining(response ->
                    resolve(response.getValue()).path("content").fieldNames().forEachRemaining(offered::add));
        }
        boolean acceptable = false;
        for (String range : accept.split(",")) {
            String type = mediaType(range);
            acceptable |= type.equals("*/*") || offered.contains(type)
                          || (type.endsWith("/*") && offered.stream().anyMatch(o -> o.startsWith(type.substring(0, type.length() - 1))));
        }
        if (offered.isEmpty()) {
            return; // every 2xx is without content (a 204): no representation for Accept to constrain (RFC 9110 12.5.1)
        }
        if (!acceptable) {
            violations.add("Accept " + accept + " matches none of the " + answers + " media types " + offered);
        }
    }

    private void checkBody(Operation operation, Request request, List<String> violations) {
        JsonNode requestBody = resolve(operation.definition().path("requestBody"));
        if (requestBody.isMissingNode()) {
            if (request.body() != null) {
                violations.add("a body is sent but the operation has no requestBody");
            }
            return;
        }
        if (request.body() == null) {
            if (requestBody.path("required").asBoolean(false)) {
                violations.add("no body is sent but the requestBody is required");
            }
            return;
        }
        String contentType = request.headers().get("Content-Type");
        JsonNode media = contentType == null ? null : requestBody.path("content").get(mediaType(contentType));
        if (media == null) {
            List<String> accepted = new ArrayList<>();
            requestBody.path("content").fieldNames().forEachRemaining(accepted::add);
            violations.add("Content-Type " + contentType + " is not one of the requestBody's " + accepted);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (JsonProcessingException e) {
            violations.add("the body is not JSON: " + e.getOriginalMessage());
            return;
        }
        validate(media.path("schema"), body)
                .forEach(message -> violations.add("body (" + media.path("schema").path("$ref").asText("inline schema")
                                                   + "): " + message.getMessage()));
    }

    /** A parameter value as the JSON its schema describes (query, path and header values are text on the wire). */
    private void checkValue(String what, JsonNode parameter, String raw, List<String> violations) {
        JsonNode schema = parameter.path("schema");
        validate(schema, typed(raw, resolve(schema).path("type").asText()))
                .forEach(message -> violations.add(what + " = " + raw + ": " + message.getMessage()));
    }

    private static JsonNode typed(String raw, String type) {
        try {
            return switch (type) {
                case "boolean" -> raw.equals("true") || raw.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(raw))
                        : NODES.textNode(raw);
                case "integer" -> NODES.numberNode(Long.parseLong(raw));
                case "number" -> NODES.numberNode(new BigDecimal(raw));
                default -> NODES.textNode(raw);
            };
        } catch (NumberFormatException e) {
            return NODES.textNode(raw); // fails the schema's type
        }
    }

    private static void checkRequired(String in, Set<String> sent, Map<String, JsonNode> parameters, List<String> violations) {
        parameters.forEach((key, parameter) -> {
            if (key.startsWith(in + ":") && parameter.path("required").asBoolean(false)
                && !sent.contains(parameter.path("name").asText())) {
                violations.add("required " + in + " parameter " + parameter.path("name").asText() + " is missing");
            }
        });
    }

    /** The operation's parameters with its path item's, by "in:name" (header names in lower case). */
    private Map<String, JsonNode> parameters(Operation operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode declared : List.of(operation.pathItem().path("parameters"), operation.definition().path("parameters"))) {
            for (JsonNode reference : declared) {
                JsonNode parameter = resolve(reference);
                parameters.put(key(parameter), parameter); // the operation's override the path item's
            }
        }
        return parameters;
    }

    /** The names of all header parameters the spec declares, lower case, but those OpenAPI says to ignore. */
    private Set<String> declaredHeaderParameters() {
        Set<String> names = new TreeSet<>();
        List<JsonNode> all = new ArrayList<>();
        spec.path("components").path("parameters").forEach(all::add);
        spec.path("paths").forEach(item -> {
            item.path("parameters").forEach(all::add);
            item.forEach(operation -> operation.path("parameters").forEach(all::add));
        });
        for (JsonNode parameter : all) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asText().toLowerCase(Locale.ROOT);
            if (resolved.path("in").asText().equals("header") && !IGNORED_HEADER_PARAMETERS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String key(JsonNode parameter) {
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        return in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
    }

    /** A local {@code $ref} followed (once is enough in this spec), or the node itself. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? spec.at(ref.substring(1)) : node;
    }

    /** The decoded values of the template's {names} in the raw path, or null when the path does not match. */
    private static Map<String, String> pathValues(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].startsWith("{") && expected[i].endsWith("}") && !actual[i].isEmpty()) {
                values.put(expected[i].substring(1, expected[i].length() - 1), decode(actual[i].replace("+", "%2B")));
            } else if (!expected[i].equals(actual[i])) {
                return null;
            }
        }
        return values;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String mediaType(String value) {
        int parameters = value.indexOf(';');
        return (parameters < 0 ? value : value.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private Set<ValidationMessage> validate(JsonNode openApiSchema, JsonNode instance) {
        return schemas.validate(openApiSchema, instance);
    }
}
