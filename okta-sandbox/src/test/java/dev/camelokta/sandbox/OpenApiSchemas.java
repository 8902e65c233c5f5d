package dev.camelokta.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The schemas of the Okta spec excerpt in the test resources, as JSON Schema (2020-12) validators.
 *
 * <p>OpenAPI 3.0 schemas are almost JSON Schema; the differences that matter here are converted:
 * {@code nullable: true} becomes a {@code "null"} type (and a {@code null} enum value), and
 * {@code #/components/schemas/X} references point into {@code $defs}. Formats ({@code date-time},
 * {@code email}) are asserted, not just annotated. Published in this module's test-jar: camel-okta's tests check the
 * requests the component sends against the same excerpt.
 */
public final class OpenApiSchemas {

    public static final String EXCERPT = "/okta-spec/okta-users-api-excerpt.yaml";
    private static final String OPENAPI_REF = "#/components/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode spec;
    private final ObjectNode definitions;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private OpenApiSchemas(JsonNode spec) {
        this.spec = spec;
        this.definitions = (ObjectNode) toJsonSchema(spec.path("components").path("schemas"));
    }

    public static OpenApiSchemas load() {
        try (InputStream in = OpenApiSchemas.class.getResourceAsStream(EXCERPT)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + EXCERPT);
            }
            return new OpenApiSchemas(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole excerpt, as the spec's own tree. */
    public JsonNode spec() {
        return spec;
    }

    /** What is wrong with {@code instance} as an instance of an OpenAPI schema of the spec; empty when valid. */
    public Set<ValidationMessage> validate(JsonNode openApiSchema, JsonNode instance) {
        ObjectNode schema = openApiSchema.isObject() ? (ObjectNode) toJsonSchema(openApiSchema) : NODES.objectNode();
        return factory.getSchema(root(schema), config).validate(instance);
    }

    /** What is wrong with {@code instance} as an instance of the spec's schema {@code name}; empty when valid. */
    Set<ValidationMessage> validate(String name, JsonNode instance) {
        return schema(name).validate(instance);
    }

    /** What is wrong with each element of {@code array} as an instance of {@code name}. */
    Set<ValidationMessage> validateEach(String name, JsonNode array) {
        ObjectNode arraySchema = NODES.objectNode().put("type", "array");
        arraySchema.putObject("items").put("$ref", "#/$defs/" + name);
        return factory.getSchema(root(arraySchema), config).validate(array);
    }

    /** The value of one of the spec's named examples. */
    JsonNode example(String name) {
        JsonNode example = spec.path("components").path("examples").path(name).path("value");
        if (example.isMissingNode()) {
            throw new IllegalArgumentException("No example named " + name + " in " + EXCERPT);
        }
        return example;
    }

    /** An operation of the spec, such as {@code operation("/api/v1/users", "post")}. */
    JsonNode operation(String path, String method) {
        return spec.path("paths").path(path).path(method);
    }

    private JsonSchema schema(String name) {
        if (!definitions.has(name)) {
            throw new IllegalArgumentException("No schema named " + name + " in " + EXCERPT);
        }
        return factory.getSchema(root(NODES.objectNode().put("$ref", "#/$defs/" + name)), config);
    }

    private ObjectNode root(ObjectNode schema) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", definitions);
        return root;
    }

    /** Converts an OpenAPI 3.0 schema (or a map of them) to JSON Schema, recursively. */
    static JsonNode toJsonSchema(JsonNode node) {
        if (node.isArray()) {
            ArrayNode converted = NODES.arrayNode();
            node.forEach(element -> converted.add(toJsonSchema(element)));
            return converted;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode converted = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("$ref") && value.isTextual() && value.asText().startsWith(OPENAPI_REF)) {
                converted.put("$ref", "#/$defs/" + value.asText().substring(OPENAPI_REF.length()));
            } else if (!field.getKey().equals("nullable")) {
                converted.set(field.getKey(), toJsonSchema(value));
            }
        }
        return node.path("nullable").asBoolean(false) ? allowNull(converted) : converted;
    }

    private static JsonNode allowNull(ObjectNode schema) {
        if (schema.path("type").isTextual()) {
            schema.set("type", NODES.arrayNode().add(schema.path("type").asText()).add("null"));
            if (schema.path("enum").isArray()) {
                ((ArrayNode) schema.path("enum")).addNull();
            }
            return schema;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).addObject().put("type", "null");
        return either;
    }
}
