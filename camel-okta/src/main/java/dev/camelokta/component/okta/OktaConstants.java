package dev.camelokta.component.okta;

import org.apache.camel.spi.Metadata;

/**
 * The exchange headers of the okta component. Input headers override the body; output headers describe the Okta call
 * that was made.
 */
public final class OktaConstants {

    // --- input ---------------------------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The operation to perform; overrides the one in the endpoint URI.",
              javaType = "String", enums = "createUser,getUser,updateUser,listTypeIdOptions,listProfileAttributes")
    public static final String OPERATION = "CamelOktaOperation";

    @Metadata(label = "producer", description = "The first name of the user (createUser: required; updateUser: new value).",
              javaType = "String")
    public static final String FIRST_NAME = "CamelOktaFirstName";

    @Metadata(label = "producer", description = "The last name of the user (createUser: required; updateUser: new value).",
              javaType = "String")
    public static final String LAST_NAME = "CamelOktaLastName";

    @Metadata(label = "producer", description = "The email address of the user (createUser: required; updateUser: new value).",
              javaType = "String")
    public static final String EMAIL = "CamelOktaEmail";

    @Metadata(label = "producer", description = "The login of the user, typically the email (createUser: required; updateUser: new value).",
              javaType = "String")
    public static final String LOGIN = "CamelOktaLogin";

    @Metadata(label = "producer", description = "The mobile phone number of the user (optional).", javaType = "String")
    public static final String MOBILE_PHONE = "CamelOktaMobilePhone";

    @Metadata(label = "producer",
              description = "The id of a non-default user type (optional; see listTypeIdOptions). Overrides the endpoint's typeId.",
              javaType = "String")
    public static final String TYPE_ID = "CamelOktaTypeId";

    @Metadata(label = "producer",
              description = "createUser and updateUser: further Okta profile attributes by their Okta name (department, "
                            + "costCenter, a custom one...), each checked against the org's user schema; see "
                            + "listProfileAttributes.",
              javaType = "Map")
    public static final String PROFILE = "CamelOktaProfile";

    @Metadata(label = "producer",
              description = "createUser: whether to activate the user on creation. Overrides the endpoint's activate option.",
              javaType = "Boolean")
    public static final String ACTIVATE = "CamelOktaActivate";

    @Metadata(description = "Input of getUser and updateUser: the Okta user id, login or email of the user. "
                            + "Output of createUser, getUser and updateUser: the id of the user created or read.",
              javaType = "String")
    public static final String USER_ID = "CamelOktaUserId";

    // --- output --------------------------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "Whether the operation succeeded (the result's success).", javaType = "Boolean")
    public static final String SUCCESS = "CamelOktaSuccess";

    @Metadata(label = "producer", description = "The HTTP status of Okta's last response; absent when no response came.",
              javaType = "Integer")
    public static final String HTTP_STATUS = "CamelOktaHttpStatus";

    @Metadata(label = "producer", description = "Okta's error code of a failed call, e.g. E0000001.", javaType = "String")
    public static final String ERROR_CODE = "CamelOktaErrorCode";

    @Metadata(label = "producer", description = "Okta's request id (X-Okta-Request-Id) of the last response, for Okta support.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelOktaRequestId";

    @Metadata(label = "producer", description = "X-Rate-Limit-Limit of the last response: requests allowed in the bucket's window.",
              javaType = "Integer")
    public static final String RATE_LIMIT_LIMIT = "CamelOktaRateLimitLimit";

    @Metadata(label = "producer", description = "X-Rate-Limit-Remaining of the last response: requests left in the window.",
              javaType = "Integer")
    public static final String RATE_LIMIT_REMAINING = "CamelOktaRateLimitRemaining";

    @Metadata(label = "producer", description = "X-Rate-Limit-Reset of the last response: when the window resets, in epoch seconds.",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelOktaRateLimitReset";

    @Metadata(label = "producer",
              description = "createUser: true when a retry after an ambiguous network failure found the user already created "
                            + "by the first attempt; the result is then that user.",
              javaType = "Boolean")
    public static final String ALREADY_EXISTED = "CamelOktaAlreadyExisted";

    private OktaConstants() {
    }
}
