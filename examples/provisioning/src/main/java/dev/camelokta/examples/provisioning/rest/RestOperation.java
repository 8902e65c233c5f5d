package dev.camelokta.examples.provisioning.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.apache.camel.spi.RestConfiguration;

/**
 * One operation of the REST API, as its REST DSL declares it: the path (with {@code {param}} placeholders), the HTTP
 * method and the media types its body may have (empty: any, or no body).
 */
record RestOperation(String path, String method, List<String> consumes) {

    /** The operations of the context's REST DSL, and the GET of the OpenAPI document when there is one. */
    static List<RestOperation> of(CamelContext context) {
        RestConfiguration configuration = context.getRestConfiguration();
        String contextPath = configuration.getContextPath() == null ? "" : configuration.getContextPath();
        List<RestOperation> operations = new ArrayList<>();
        for (RestDefinition rest : context.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String consumes = verb.getConsumes() != null ? verb.getConsumes() : rest.getConsumes();
                operations.add(new RestOperation(join(contextPath, rest.getPath(), verb.getPath()),
                        verb.asVerb().toUpperCase(Locale.ROOT), mediaTypes(consumes)));
            }
        }
        if (configuration.getApiContextPath() != null) {
            operations.add(new RestOperation(join(contextPath, configuration.getApiContextPath()), "GET", List.of()));
        }
        return operations;
    }

    /** The path as a Vert.x route declares it: {@code /users/{id}} is {@code /users/:id}. */
    String vertxPath() {
        return vertxPath(path);
    }

    static String vertxPath(String restPath) {
        return restPath.replaceAll("\\{([^}/]+)}", ":$1");
    }

    private static List<String> mediaTypes(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Stream.of(commaSeparated.split(",")).map(String::trim).filter(type -> !type.isEmpty()).toList();
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                path.append('/').append(part.strip().replaceAll("^/+|/+$", ""));
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }
}
