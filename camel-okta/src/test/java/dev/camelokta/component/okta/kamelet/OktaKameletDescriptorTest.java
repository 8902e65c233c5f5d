package dev.camelokta.component.okta.kamelet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.camelokta.component.okta.OktaOperations;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped Kamelet runs an operation that has a descriptor, and its row in the README's Kamelets table names as
 * body keys exactly that operation's parameters: a parameter added to a descriptor must reach the Kamelet's docs.
 */
class OktaKameletDescriptorTest {

    private static final Path KAMELETS = Path.of("src/main/resources/kamelets");
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern OPERATION = Pattern.compile("uri: okta:(\\w+)");
    /** A body key as the README writes it: "first_name" or `first_name`. */
    private static final Pattern KEY = Pattern.compile("[\"`]([a-z]+(?:_[a-z]+)*)[\"`]");

    static Stream<Path> kamelets() throws IOException {
        try (Stream<Path> files = Files.list(KAMELETS)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void theReadmeRowNamesTheOperationsParameters(Path file) throws IOException {
        OktaOperation operation = operation(file);
        String name = file.getFileName().toString().replace(".kamelet.yaml", "");

        Set<String> parameters = new TreeSet<>(OktaOperations.descriptor(operation).input().parameters().stream()
                .map(OperationParameter::name).toList());

        assertThat(bodyKeys(name)).as("body keys in the README row of %s (okta:%s)", name, operation)
                .isEqualTo(parameters);
    }

    @Test
    void everyKameletIsFound() throws IOException {
        assertThat(kamelets()).isNotEmpty();
    }

    private static OktaOperation operation(Path file) throws IOException {
        Matcher matcher = OPERATION.matcher(Files.readString(file));
        assertThat(matcher.find()).as("an okta: endpoint in %s", file).isTrue();
        return OktaOperation.fromName(matcher.group(1));
    }

    /** The snake_case keys in the "Body in" cell of the Kamelet's row. */
    private static Set<String> bodyKeys(String kamelet) throws IOException {
        List<String> rows = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `" + kamelet + "` |")).toList();
        assertThat(rows).as("README Kamelets row of %s", kamelet).hasSize(1);
        String bodyIn = rows.get(0).split("\\|")[3];
        Set<String> keys = new TreeSet<>();
        Matcher matcher = KEY.matcher(bodyIn);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
