package dev.camelokta.component.okta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.component.okta.api.InputRule;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's URI, Input and Headers tables, and Camel's generated metadata (okta.json: the operation's enums, the
 * headers), agree with the operation descriptors: an operation or a parameter added to a descriptor must be added
 * there too, or this test fails.
 */
class ReadmeTablesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String METADATA = "/META-INF/dev/camelokta/component/okta/okta.json";

    @Test
    void theUriTableIsTheDescriptors() throws IOException {
        List<List<String>> expected = OktaOperations.all().stream()
                .map(descriptor -> List.of(code(descriptor.operation().name()), code(descriptor.operation().alias()),
                        descriptor.description(), descriptor.oktaCall()))
                .toList();

        assertThat(table("URI")).as("README URI table; expected rows:%n%s", markdown(expected)).isEqualTo(expected);
    }

    @Test
    void theInputTableIsTheDescriptors() throws IOException {
        List<List<String>> expected = OktaOperations.all().stream()
                .map(descriptor -> List.of(descriptor.operation().name(), required(descriptor),
                        codes(descriptor.input().optional())))
                .toList();

        assertThat(table("Input")).as("README Input table; expected rows:%n%s", markdown(expected)).isEqualTo(expected);
    }

    @Test
    void theHeadersTableHasEveryInputHeaderWithItsType() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(OktaConstants.OPERATION, "String");
        parameters().forEach(parameter -> expected.put(parameter.header(), parameter.type().javaType().getSimpleName()));

        Map<String, String> inputRows = table("Headers").stream()
                .filter(row -> row.get(1).startsWith("in"))
                .collect(Collectors.toMap(row -> unCode(row.get(0)), row -> row.get(2), (a, b) -> a, LinkedHashMap::new));

        assertThat(inputRows).as("input headers of the README Headers table").containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void camelsMetadataHasEveryInputHeaderWithItsType() throws IOException {
        JsonNode headers = metadata().path("headers");

        assertThat(parameters()).allSatisfy(parameter -> {
            assertThat(headers.has(parameter.header())).as("a constant in OktaConstants for %s", parameter.header()).isTrue();
            assertThat(headers.path(parameter.header()).path("javaType").asText()).as(parameter.header())
                    .isEqualTo(parameter.type().javaType().getSimpleName());
        });
    }

    @Test
    void camelsMetadataListsEveryOperation() throws IOException {
        List<String> names = Arrays.stream(OktaOperation.values()).map(Enum::name).toList();
        JsonNode metadata = metadata();

        assertThat(values(metadata.at("/properties/operation/enum"))).as("the endpoint's operation").isEqualTo(names);
        assertThat(values(metadata.at("/headers/CamelOktaOperation/enum"))).as("OktaConstants.OPERATION's enums")
                .isEqualTo(names);
    }

    private static List<OperationParameter> parameters() {
        Map<String, OperationParameter> byHeader = new LinkedHashMap<>();
        OktaOperations.all().stream().flatMap(descriptor -> descriptor.input().parameters().stream())
                .forEach(parameter -> byHeader.putIfAbsent(parameter.header(), parameter));
        return List.copyOf(byHeader.values());
    }

    /** e.g. {@code `user_id` and at least one change} */
    private static String required(OperationDescriptor descriptor) {
        Stream<String> names = descriptor.input().required().stream().map(OperationParameter::name).map(ReadmeTablesTest::code);
        Stream<String> rules = descriptor.input().rules().stream().map(InputRule::summary);
        List<String> parts = new ArrayList<>();
        String required = names.collect(Collectors.joining(", "));
        if (!required.isEmpty()) {
            parts.add(required);
        }
        rules.forEach(parts::add);
        return String.join(" and ", parts);
    }

    private static String codes(List<OperationParameter> parameters) {
        return parameters.stream().map(OperationParameter::name).map(ReadmeTablesTest::code).collect(Collectors.joining(", "));
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private static String unCode(String text) {
        return text.replace("`", "");
    }

    /** The rows of the first table in the README section, without its header row, each as its cells. */
    private static List<List<String>> table(String section) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("## " + section);
        assertThat(start).as("README section ## %s", section).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ") || inTable && !line.startsWith("|")) {
                break;
            }
            if (line.startsWith("|")) {
                inTable = true;
                rows.add(cells(line));
            }
        }
        return rows.size() < 2 ? List.of() : rows.subList(2, rows.size()); // the header row and the --- row
    }

    /** A Markdown table row's cells, trimmed, with {@code \|} read as {@code |}. */
    private static List<String> cells(String line) {
        String[] parts = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("(?<!\\\\)\\|", -1);
        return Arrays.stream(parts).map(cell -> cell.trim().replace("\\|", "|")).toList();
    }

    private static String markdown(List<List<String>> rows) {
        return rows.stream().map(row -> "| " + row.stream().map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ")) + " |").collect(Collectors.joining("\n"));
    }

    private static JsonNode metadata() throws IOException {
        return new ObjectMapper().readTree(ReadmeTablesTest.class.getResource(METADATA));
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
