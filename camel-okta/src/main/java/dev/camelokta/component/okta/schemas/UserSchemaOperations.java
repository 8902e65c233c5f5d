package dev.camelokta.component.okta.schemas;

import java.util.List;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;

/**
 * The operations on the org's user schemas ({@code /api/v1/meta/schemas/user}).
 */
public final class UserSchemaOperations {

    static final OperationParameter TYPE_ID = OperationParameter.string("type_id", "The id of a user type.");

    static final OperationDescriptor LIST_PROFILE_ATTRIBUTES = OperationDescriptor.of(OktaOperation.listProfileAttributes)
            .description("Lists the profile attributes of the org's user schema as choices: label is the attribute's "
                         + "title, value its name, the key that the profile of create_user and update_user takes. Okta's "
                         + "base attributes come first, then the org's custom ones.")
            .parameters(TYPE_ID.describedAs("Optional ID of a user type whose schema to list; the default type's "
                                            + "when not given. Use list_type_id_options to enumerate available IDs."))
            .request(UserSchemaReader.GET_DEFAULT_SCHEMA)
            .handler(new ListProfileAttributesHandler())
            .result(ResultType.PROFILE_ATTRIBUTE_OPTIONS)
            .oktaCall("`GET /api/v1/meta/schemas/user/default`; with `type_id`: `GET /api/v1/meta/types/user/{typeId}`, "
                      + "then the schema its `_links.schema` names, `GET /api/v1/meta/schemas/user/{schemaId}`; as "
                      + "`[{label: title, value: name}]`, base attributes first")
            .build();

    private UserSchemaOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(LIST_PROFILE_ATTRIBUTES);
    }
}
