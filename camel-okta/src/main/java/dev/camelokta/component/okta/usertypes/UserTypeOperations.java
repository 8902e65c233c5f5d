package dev.camelokta.component.okta.usertypes;

import java.util.List;

import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.operation.AnswerReader;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;

/**
 * The operations on the org's user types ({@code /api/v1/meta/types/user}).
 */
public final class UserTypeOperations {

    static final OperationDescriptor LIST_TYPE_ID_OPTIONS = OperationDescriptor.of(OktaOperation.listTypeIdOptions)
            .description("Lists the org's user types as choices: label is the type's display name, value its id, the "
                         + "type_id that create_user and update_user take.")
            .request(OktaRequests.LIST_USER_TYPES)
            .answer(AnswerReader.TYPE_ID_OPTIONS)
            .result(ResultType.TYPE_ID_OPTIONS)
            .oktaCall("`GET /api/v1/meta/types/user`, as `[{label: displayName, value: id}]` in Okta's order")
            .build();

    private UserTypeOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(LIST_TYPE_ID_OPTIONS);
    }
}
