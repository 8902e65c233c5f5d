package dev.camelokta.component.okta.kamelet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds every Kamelet file shipped in the jar to the apache/camel-kamelets conventions, so that a later edit cannot
 * break a name, a title or the handling of the token without a failing build.
 */
class OktaKameletConventionsTest {

    private static final Path KAMELETS = Path.of("src/main/resources/kamelets");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([^}]+)}}");

    /** Each Kamelet and the okta: operation it runs. */
    private static final Map<String, String> OPERATIONS = Map.of(
            "okta-create-user-action", "okta:createUser",
            "okta-get-user-action", "okta:getUser",
            "okta-update-user-action", "okta:updateUser",
            "okta-list-user-types-action", "okta:listTypeIdOptions",
            "okta-deactivate-user-action", "okta:deactivateUser",
            "okta-add-user-to-group-action", "okta:addUserToGroup",
            "okta-remove-user-from-group-action", "okta:removeUserFromGroup");

    static Stream<Path> kamelets() throws IOException {
        try (Stream<Path> files = Files.list(KAMELETS)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void theOktaActionsAreShippedAndNothingElse() throws IOException {
        assertThat(kamelets().map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(
                        OPERATIONS.keySet().stream().map(name -> name + ".kamelet.yaml").toList());
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void isAnActionKameletNamedAfterItsFile(Path file) throws IOException {
        JsonNode kamelet = read(file);

        assertThat(kamelet.path("apiVersion").asText()).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(name(kamelet) + ".kamelet.yaml").isEqualTo(file.getFileName().toString());
        assertThat(name(kamelet)).startsWith("okta-").endsWith("-action");
        assertThat(kamelet.at("/metadata/labels").path("camel.apache.org/kamelet.type").asText()).isEqualTo("action");
        assertThat(kamelet.at("/spec/definition/title").asText()).startsWith("Okta ").endsWith(" Action");
        assertThat(kamelet.at("/spec/definition/description").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void carriesTheCatalogAnnotationsOfThisRelease(Path file) throws IOException {
        JsonNode annotations = read(file).at("/metadata/annotations");

        assertThat(annotations.path("camel.apache.org/kamelet.support.level").asText()).isIn("Preview", "Stable");
        assertThat(annotations.path("camel.apache.org/catalog.version").asText()).isEqualTo(projectVersion());
        assertThat(annotations.path("camel.apache.org/provider").asText()).isNotBlank();
        assertThat(annotations.path("camel.apache.org/kamelet.group").asText()).isEqualTo("Okta");
        assertThat(annotations.path("camel.apache.org/kamelet.namespace").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void everyPropertyHasATitleADescriptionAndAType(Path file) throws IOException {
        JsonNode properties = read(file).at("/spec/definition/properties");

        assertThat(properties.size()).isPositive();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode definition = property.getValue();
            assertThat(definition.path("title").asText()).as(property.getKey() + " title").isNotBlank();
            assertThat(definition.path("description").asText()).as(property.getKey() + " description").isNotBlank();
            assertThat(definition.path("type").asText()).as(property.getKey() + " type")
                    .isIn("string", "boolean", "integer");
        }
    }

    /**
     * Nothing is required by the Kamelet: the org (subdomain or baseUrl) and the token may come from the Kamelet or from
     * camel.component.okta.*, which only the component can weigh; it refuses the endpoint, naming the option, when
     * neither gives them. (The Kamelets required subdomain and apiToken before, even with a baseUrl or a component
     * that had them.)
     */
    @ParameterizedTest
    @MethodSource("kamelets")
    void requiresNothingTheComponentMayAlreadyHaveAndKeepsTheTokenASecretCredential(Path file) throws IOException {
        JsonNode definition = read(file).at("/spec/definition");

        assertThat(texts(definition.path("required"))).isEmpty();
        assertThat(definition.at("/properties/subdomain").isObject()).isTrue();
        assertThat(definition.at("/properties/subdomain").has("default")).as("a default would hide the component's").isFalse();
        JsonNode apiToken = definition.at("/properties/apiToken");
        assertThat(apiToken.path("format").asText()).isEqualTo("password");
        assertThat(texts(apiToken.path("x-descriptors"))).contains("urn:camel:group:credentials");
        assertThat(apiToken.has("default")).as("a token has no default").isFalse();
        JsonNode baseUrl = definition.at("/properties/baseUrl");
        assertThat(baseUrl.isObject()).as("the optional baseUrl").isTrue();
        assertThat(baseUrl.has("default")).as("an empty default would break the subdomain form").isFalse();
    }

    /**
     * The token goes to the okta endpoint as a reference to the Kamelet's parameter, which the component reads itself:
     * Camel logs the values its {@code {{...}}} placeholders resolve, at DEBUG and TRACE.
     */
    @ParameterizedTest
    @MethodSource("kamelets")
    void passesTheTokenByReferenceNeverAsAPlaceholder(Path file) throws IOException {
        JsonNode okta = read(file).at("/spec/template/from").path("steps").findValues("to").get(0);

        assertThat(okta.at("/parameters/apiToken").asText()).isEqualTo("property:?apiToken");
        assertThat(placeholders(read(file).at("/spec/template"))).doesNotContain("apiToken");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void takesAndGivesJson(Path file) throws IOException {
        JsonNode types = read(file).at("/spec/types");

        assertThat(types.at("/in/mediaType").asText()).isEqualTo("application/json");
        assertThat(types.at("/out/mediaType").asText()).isEqualTo("application/json");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void dependsOnThisArtifactKameletAndJackson(Path file) throws IOException {
        assertThat(texts(read(file).at("/spec/dependencies"))).contains(
                "mvn:dev.camelokta:camel-okta:" + projectVersion(), "camel:kamelet", "camel:jackson");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void runsItsOperationFromKameletSourceWithEveryPropertyAndNoOther(Path file) throws IOException {
        JsonNode kamelet = read(file);
        JsonNode template = kamelet.at("/spec/template/from");

        assertThat(template.path("uri").asText()).isEqualTo("kamelet:source");
        List<JsonNode> calls = template.path("steps").findValues("to");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).path("uri").asText()).isEqualTo(OPERATIONS.get(name(kamelet)));
        Set<String> declared = new TreeSet<>();
        kamelet.at("/spec/definition/properties").properties().forEach(property -> declared.add(property.getKey()));
        declared.remove("apiToken"); // passed by reference, see passesTheTokenByReferenceNeverAsAPlaceholder
        assertThat(placeholders(template)).as("the template's {{...}} are the declared properties").isEqualTo(declared);
        assertThat(PLACEHOLDER.matcher(template.toString()).results().map(m -> m.group()))
                .as("every one optional, so that camel.component.okta.* applies when the Kamelet is not given it")
                .allMatch(placeholder -> placeholder.startsWith("{{?"));
    }

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private static String name(JsonNode kamelet) {
        return kamelet.at("/metadata/name").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static Set<String> placeholders(JsonNode template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template.toString());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The version Maven filtered into the jar: the Kamelets must name the release they ship in. */
    private static String projectVersion() throws IOException {
        try (InputStream in = OktaKameletConventionsTest.class.getResourceAsStream("/camel-okta-version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
