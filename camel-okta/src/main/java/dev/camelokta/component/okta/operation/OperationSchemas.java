package dev.camelokta.component.okta.operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelokta.component.okta.api.OperationParameter;

/**
 * The JSON Schemas (2020-12) of an operation's input and output, as an agent tool or a form needs them: the input's
 * from the operation's parameters, the output's from its result type, titled after the operation
 * ({@code CreateUserInput}, {@code CreateUserOutput}).
 */
public final class OperationSchemas {

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private OperationSchemas() {
    }

    /** The body keys the operation takes, snake_case, each with its type, description and default. */
    public static ObjectNode input(OperationDescriptor descriptor) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", title(descriptor, "Input"));
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (OperationParameter parameter : descriptor.input().parameters()) {
            ObjectNode property = properties.putObject(parameter.name());
            property.put("type", parameter.type().jsonSchemaType());
            if (parameter.defaultValue() != null) {
                property.set("default", MAPPER.valueToTree(parameter.defaultValue()));
            }
            property.put("description", parameter.description());
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        schema.set("required", required);
        return schema;
    }

    /** The result's JSON, as the body's {@code marshal().json()} or {@code convertBodyTo(String.class)} gives it. */
    public static ObjectNode output(OperationDescriptor descriptor) {
        ObjectNode schema = (ObjectNode) readResource(descriptor.result().outputSchema());
        ObjectNode titled = MAPPER.createObjectNode();
        titled.set("$schema", schema.remove("$schema"));
        titled.put("title", title(descriptor, "Output"));
        titled.setAll(schema);
        return titled;
    }

    /** createUser gives {@code CreateUser} + the suffix. */
    private static String title(OperationDescriptor descriptor, String suffix) {
        String name = descriptor.operation().name();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + suffix;
    }

    private static JsonNode readResource(String resource) {
        try (InputStream in = OperationSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The output schema " + resource + " is not on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output schema " + resource, e);
        }
    }
}
