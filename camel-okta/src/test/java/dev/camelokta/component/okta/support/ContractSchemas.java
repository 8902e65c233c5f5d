package dev.camelokta.component.okta.support;

import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration card's output schemas (copied under {@code src/test/resources/contract}), checked with the networknt
 * validator.
 */
public final class ContractSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ContractSchemas() {
    }

    /**
     * @param contract the card's name of the operation, e.g. {@code create-user}
     */
    public static Set<ValidationMessage> validate(String contract, String json) {
        JsonSchema schema = FACTORY.getSchema(OktaFixtures.resource("/contract/" + contract + ".output.schema.json"));
        return schema.validate(json, InputFormat.JSON);
    }

    public static void assertValid(String contract, String json) {
        assertThat(validate(contract, json)).as("%s output schema violations of %s", contract, json).isEmpty();
    }
}
