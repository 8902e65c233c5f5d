package dev.camelokta.component.okta.users;

import dev.camelokta.component.okta.api.OperationParameter;

/**
 * The parameters of the users operations, declared once with their type; each operation's descriptor says whether
 * one is required there and describes it as that operation uses it.
 */
final class UserParameters {

    static final OperationParameter USER_ID = OperationParameter.string("user_id", "The Okta user id, login or email of the user.")
            .pathSegment("an Okta user id (00u...), a login or an email");
    static final OperationParameter FIRST_NAME = OperationParameter.string("first_name", "The first name of the user.")
            .inProfile();
    static final OperationParameter LAST_NAME = OperationParameter.string("last_name", "The last name of the user.")
            .inProfile();
    static final OperationParameter EMAIL = OperationParameter.string("email", "The email address of the user.")
            .inProfile();
    static final OperationParameter LOGIN = OperationParameter.string("login", "The login of the user, typically the email.")
            .inProfile();
    static final OperationParameter MOBILE_PHONE = OperationParameter.string("mobile_phone", "The mobile phone number of the user.")
            .inProfile();
    static final OperationParameter PROFILE = OperationParameter.map("profile",
            "Further Okta profile attributes by their Okta name, standard or custom.").inProfile();
    static final OperationParameter TYPE_ID = OperationParameter.string("type_id", "The id of a user type.");
    static final OperationParameter ACTIVATE = OperationParameter.bool("activate", "Whether to activate the user.");
    static final OperationParameter SEND_EMAIL = OperationParameter.bool("send_email",
            "Whether Okta emails the user; when false, Okta returns the link instead.");
    static final OperationParameter DEACTIVATE = OperationParameter.bool("deactivate",
            "Whether to deactivate a user who is not DEPROVISIONED before deleting it.");

    private UserParameters() {
    }
}
