package dev.camelokta.component.okta.users;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.camelokta.component.okta.api.OktaInputException;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.api.OperationParameter;
import dev.camelokta.component.okta.http.OktaClient;
import dev.camelokta.component.okta.input.OktaInput;
import dev.camelokta.component.okta.model.OktaUserSchema;
import dev.camelokta.component.okta.operation.ProfileSchemas;
import dev.camelokta.component.okta.schemas.ProfileAttributeCheck;

/**
 * Refuses, before any write, a profile attribute that the user's type does not define. The card's own attributes
 * (firstName, lastName, email, login, mobilePhone) are in Okta's base schema, which every user type has, so a profile
 * of only those is never checked and costs no schema read.
 */
final class ProfileCheck {

    private static final Set<String> CARD_ATTRIBUTES = Set.of(UserParameters.FIRST_NAME, UserParameters.LAST_NAME,
            UserParameters.EMAIL, UserParameters.LOGIN, UserParameters.MOBILE_PHONE).stream()
            .map(OperationParameter::camelCaseName).collect(Collectors.toUnmodifiableSet());

    private ProfileCheck() {
    }

    /**
     * @param  typeId             the type the user has or gets, or null for the default type
     * @throws OktaInputException naming each attribute the type's schema does not define, and the nearest one it does
     */
    static void requireDefined(OktaInput input, OktaClient client, ProfileSchemas schemas, OktaOperation operation,
                               String typeId) {
        List<String> beyondTheCard = beyondTheCard(input);
        if (!beyondTheCard.isEmpty()) {
            schemas.of(client, typeId)
                    .ifPresent(schema -> ProfileAttributeCheck.requireDefined(schema, beyondTheCard, operation, typeId));
        }
    }

    /**
     * For a user whose type is not known before a read: the default type's schema first, and only when it lacks an
     * attribute the schema of the user's own type, which the supplier reads.
     */
    static void requireDefinedForExistingUser(OktaInput input, OktaClient client, ProfileSchemas schemas,
                                              OktaOperation operation, Supplier<String> usersTypeId) {
        List<String> beyondTheCard = beyondTheCard(input);
        if (beyondTheCard.isEmpty()) {
            return;
        }
        OktaUserSchema defaultSchema = schemas.of(client, null).orElse(null);
        if (defaultSchema == null || ProfileAttributeCheck.undefined(defaultSchema, beyondTheCard).isEmpty()) {
            return;
        }
        String typeId = usersTypeId.get();
        requireDefined(input, client, schemas, operation, typeId);
    }

    private static List<String> beyondTheCard(OktaInput input) {
        return input.profile().keySet().stream().filter(name -> !CARD_ATTRIBUTES.contains(name)).toList();
    }
}
