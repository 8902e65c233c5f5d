package dev.camelokta.component.okta;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.operation.OperationCatalog;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.OperationSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation has exactly one descriptor, and what is derived from the descriptors agrees with the integration
 * card: the input and output JSON Schemas of each operation, and one type per parameter name across operations.
 */
class OperationDescriptorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationHasExactlyOneDescriptor() {
        assertThat(OktaOperations.all()).extracting(OperationDescriptor::operation)
                .containsExactly(OktaOperation.values());
    }

    @Test
    void anOperationWithoutADescriptorIsRefusedNamingIt() {
        List<OperationDescriptor> withoutGetUser = OktaOperations.all().stream()
                .filter(descriptor -> descriptor.operation() != OktaOperation.getUser).toList();

        assertThatThrownBy(() -> new OperationCatalog(withoutGetUser))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a descriptor: [getUser]");
    }

    @Test
    void twoDescriptorsForOneOperationAreRefused() {
        List<OperationDescriptor> twice = Stream.concat(OktaOperations.all().stream(),
                Stream.of(OktaOperations.descriptor(OktaOperation.createUser))).toList();

        assertThatThrownBy(() -> new OperationCatalog(twice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("createUser has two descriptors");
    }

    @ParameterizedTest
    @EnumSource(OktaOperation.class)
    void theInputSchemaIsTheCards(OktaOperation operation) throws Exception {
        JsonNode generated = OperationSchemas.input(OktaOperations.descriptor(operation));

        assertThat(generated).isEqualTo(contract(operation, "input"));
    }

    @ParameterizedTest
    @EnumSource(OktaOperation.class)
    void theOutputSchemaIsTheCards(OktaOperation operation) throws Exception {
        JsonNode generated = OperationSchemas.output(OktaOperations.descriptor(operation));

        assertThat(generated).isEqualTo(contract(operation, "output"));
    }

    @ParameterizedTest
    @EnumSource(OktaOperation.class)
    void everyDescriptorHasADescriptionForAgentTools(OktaOperation operation) {
        OperationDescriptor descriptor = OktaOperations.descriptor(operation);

        assertThat(descriptor.description()).as(operation.name()).hasSizeGreaterThan(20).endsWith(".");
        assertThat(descriptor.input().parameters()).allSatisfy(parameter -> assertThat(parameter.description())
                .as("%s %s", operation, parameter.name()).endsWith("."));
    }

    @Test
    void aParameterNameHasOneTypeInEveryOperation() {
        Map<String, List<String>> typesByName = OktaOperations.all().stream()
                .flatMap(descriptor -> descriptor.input().parameters().stream())
                .collect(Collectors.groupingBy(OperationParameter::name,
                        Collectors.mapping(parameter -> parameter.type().name(), Collectors.toList())));

        assertThat(typesByName).allSatisfy((name, types) -> assertThat(types).as(name).containsOnly(types.get(0)));
    }

    @Test
    void eachEndpointDefaultIsAnEndpointOption() throws Exception {
        JsonNode options = JSON.readTree(OperationDescriptorsTest.class.getResource("/META-INF/dev/camelokta/component/okta/okta.json"))
                .path("properties");

        List<String> endpointDefaults = OktaOperations.all().stream()
                .flatMap(descriptor -> descriptor.input().parameters().stream())
                .map(OperationParameter::endpointOption).filter(option -> option != null).distinct().toList();

        assertThat(endpointDefaults).isNotEmpty().allSatisfy(option -> assertThat(options.has(option)).as(option).isTrue());
    }

    /** The card's schema, copied under src/test/resources/contract: create-user.input.schema.json, ... */
    private static JsonNode contract(OktaOperation operation, String kind) throws Exception {
        String file = Arrays.stream(operation.alias().split("_")).collect(Collectors.joining("-"));
        return JSON.readTree(OperationDescriptorsTest.class.getResource("/contract/" + file + "." + kind + ".schema.json"));
    }
}
