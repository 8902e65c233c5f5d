package dev.camelokta.component.okta.schemas;

import java.util.List;

import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaTypeIdOption;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.operation.OperationHandler;
import dev.camelokta.component.okta.operation.OperationOutcome;

/**
 * listProfileAttributes: the default type's schema, or for a type id the type (for its schema's id) and then its
 * schema; read fresh each time, as a picker wants the schema as it is now.
 */
final class ListProfileAttributesHandler implements OperationHandler {

    @Override
    public OperationOutcome handle(OktaInput input, OktaClient client) {
        UserSchemaReader.Read read = UserSchemaReader.read(client, input.text(UserSchemaOperations.TYPE_ID));
        List<OktaTypeIdOption> options = read.schema().attributes().stream()
                .map(attribute -> new OktaTypeIdOption(attribute.title(), attribute.name())).toList();
        return new OperationOutcome(OktaTypeIdOptionsResult.success(options), null, read.response(), false);
    }
}
