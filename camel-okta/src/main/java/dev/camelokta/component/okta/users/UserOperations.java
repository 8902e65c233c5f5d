package dev.camelokta.component.okta.users;

import java.util.List;

import dev.camelokta.component.okta.api.InputRule;
import dev.camelokta.component.okta.api.OktaOperation;
import dev.camelokta.component.okta.http.OktaRequests;
import dev.camelokta.component.okta.operation.OperationDescriptor;
import dev.camelokta.component.okta.operation.ResultType;

import static dev.camelokta.component.okta.users.UserParameters.ACTIVATE;
import static dev.camelokta.component.okta.users.UserParameters.EMAIL;
import static dev.camelokta.component.okta.users.UserParameters.FIRST_NAME;
import static dev.camelokta.component.okta.users.UserParameters.LAST_NAME;
import static dev.camelokta.component.okta.users.UserParameters.LOGIN;
import static dev.camelokta.component.okta.users.UserParameters.MOBILE_PHONE;
import static dev.camelokta.component.okta.users.UserParameters.PROFILE;
import static dev.camelokta.component.okta.users.UserParameters.TYPE_ID;
import static dev.camelokta.component.okta.users.UserParameters.USER_ID;

/**
 * The operations on Okta users ({@code /api/v1/users}).
 */
public final class UserOperations {

    static final OperationDescriptor CREATE_USER = OperationDescriptor.of(OktaOperation.createUser)
            .description("Creates an Okta user with the given profile, activated unless activate is false. A retry after "
                         + "a lost answer returns the user the first attempt created, never a second user.")
            .parameters(
                    FIRST_NAME.asRequired().describedAs("The first name of the user."),
                    LAST_NAME.asRequired().describedAs("The last name of the user."),
                    EMAIL.asRequired().describedAs("The email address of the user."),
                    LOGIN.asRequired().describedAs("The login (typically the email) for the user."),
                    MOBILE_PHONE.describedAs("Optional mobile phone number for the user."),
                    PROFILE.describedAs("Optional further profile attributes by their Okta name (department, "
                                        + "costCenter, a custom one...), each checked against the org's user schema. "
                                        + "Use list_profile_attributes to enumerate them."),
                    TYPE_ID.endpointDefault("typeId")
                            .describedAs("Optional ID of a non-default user type. Use list_type_id_options to enumerate "
                                         + "available IDs."),
                    ACTIVATE.endpointDefault("activate").defaultValue(true)
                            .describedAs("Whether to execute the activation lifecycle on creation. Defaults to true."))
            .request(OktaRequests.CREATE_USER)
            .handler(new CreateUserHandler())
            .result(ResultType.USER)
            .oktaCall("`POST /api/v1/users?activate=true|false` with `{\"profile\": {...}, \"type\": {\"id\": ...}}` "
                      + "(type only when given); first, when `profile` names attributes beyond the card's, the user "
                      + "type's schema (`GET /api/v1/meta/schemas/user/default`, or `GET /api/v1/meta/types/user/{typeId}` "
                      + "and the schema it names), cached for `schemaCacheTtl`")
            .build();

    static final OperationDescriptor GET_USER = OperationDescriptor.of(OktaOperation.getUser)
            .description("Reads one Okta user by Okta user id, login or email.")
            .parameters(USER_ID.asRequired().describedAs("The unique identifier of the user (Okta user ID, login, or email)."))
            .plainTextBody(USER_ID)
            .request(OktaRequests.GET_USER)
            .handler(new GetUserHandler())
            .result(ResultType.USER)
            .oktaCall("`GET /api/v1/users/{id or login}`; an email that is not a login is found with one "
                      + "`GET /api/v1/users?search=profile.email eq \"...\"` after the 404")
            .build();

    static final OperationDescriptor UPDATE_USER = OperationDescriptor.of(OktaOperation.updateUser)
            .description("Changes the given profile fields of an Okta user, or its user type; fields not given are left "
                         + "as they are.")
            .parameters(
                    USER_ID.asRequired().describedAs("The unique identifier of the user to update."),
                    FIRST_NAME.describedAs("New first name for the user."),
                    LAST_NAME.describedAs("New last name for the user."),
                    EMAIL.describedAs("New email address for the user."),
                    LOGIN.describedAs("New login for the user."),
                    MOBILE_PHONE.describedAs("New mobile phone number for the user."),
                    PROFILE.describedAs("Further profile attributes to change, by their Okta name (department, "
                                        + "costCenter, a custom one...; null clears one), each checked against the "
                                        + "org's user schema. Use list_profile_attributes to enumerate them."),
                    TYPE_ID.describedAs("Optional new user type ID. Use list_type_id_options to discover valid IDs."))
            .rule(InputRule.atLeastOneOf("Nothing to change",
                    List.of("first_name", "last_name", "email", "login", "mobile_phone", "profile", "type_id"), "at least one change"))
            .request(OktaRequests.UPDATE_USER)
            .handler(new UpdateUserHandler())
            .result(ResultType.USER)
            .oktaCall("without `type_id`: ONE partial update `POST /api/v1/users/{id}` with only the given fields; with "
                      + "`type_id`: `GET`, merge, `PUT` with `If-Match` set to the GET's ETag (Okta changes a type only "
                      + "by a full replace); first, when `profile` names attributes beyond the card's, the schema "
                      + "of the new type, or of the default type and (for an attribute it lacks) of the user's own, "
                      + "cached for `schemaCacheTtl`")
            .build();

    private UserOperations() {
    }

    public static List<OperationDescriptor> all() {
        return List.of(CREATE_USER, GET_USER, UPDATE_USER);
    }
}
