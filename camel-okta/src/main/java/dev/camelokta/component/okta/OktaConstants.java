package dev.camelokta.component.okta;

import org.apache.camel.spi.Metadata;

/**
 * The exchange headers of the okta component. Input headers override the body; output headers describe the Okta call
 * that was made.
 */
public final class OktaConstants {

    // --- input ---------------------------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The operation to perform; overrides the one in the endpoint URI.",
              javaType = "String", enums = "createUser,getUser,updateUser,listTypeIdOptions,listUsers,listGroups,listUserGroups,listGroupMembers,activateUser,reactivateUser,deactivateUser,suspendUser,unsuspendUser,unlockUser,expirePassword,resetPassword,clearUserSessions,deleteUser,getGroup,createGroup,addUserToGroup,removeUserFromGroup,listProfileAttributes")
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

    @Metadata(description = "Input of getUser, updateUser and the lifecycle operations: the Okta user id, login or email "
                            + "of the user. Output of createUser, getUser, updateUser and the lifecycle operations: the "
                            + "id of the user created, read or changed.",
              javaType = "String")
    public static final String USER_ID = "CamelOktaUserId";

    @Metadata(label = "producer", description = "listUsers, listGroups: an Okta search expression, e.g. profile.department eq \"Engineering\" "
                                              + "(at most one of search, filter and q).",
              javaType = "String")
    public static final String SEARCH = "CamelOktaSearch";

    @Metadata(label = "producer", description = "listUsers, listGroups: an Okta filter expression, e.g. status eq \"ACTIVE\".",
              javaType = "String")
    public static final String FILTER = "CamelOktaFilter";

    @Metadata(label = "producer", description = "listUsers, listGroups: a simple query on names (and emails); Okta gives one page only.",
              javaType = "String")
    public static final String Q = "CamelOktaQ";

    @Metadata(label = "producer", description = "The lists: the page size, how many items each request to Okta asks for.",
              javaType = "Integer")
    public static final String LIMIT = "CamelOktaLimit";

    @Metadata(label = "producer", description = "The lists: the cursor to start from, the after of a page result or the resume "
                                              + "cursor of an OktaPageException.",
              javaType = "String")
    public static final String AFTER = "CamelOktaAfter";

    @Metadata(label = "producer", description = "The lists: true for one page result (with CamelOktaNextCursor) instead of an "
                                              + "Iterator of every item. Overrides the endpoint's singlePage option.",
              javaType = "Boolean")
    public static final String SINGLE_PAGE = "CamelOktaSinglePage";

    @Metadata(label = "producer",
              description = "activateUser, reactivateUser, deactivateUser, resetPassword: whether Okta emails the user "
                            + "(the admin, for deactivateUser); when false, activate, reactivate and reset return the "
                            + "link in the result.",
              javaType = "Boolean")
    public static final String SEND_EMAIL = "CamelOktaSendEmail";

    @Metadata(label = "producer",
              description = "deleteUser: whether to deactivate a user who is not DEPROVISIONED first, then delete it "
                            + "(default false: such a user is refused).",
              javaType = "Boolean")
    public static final String DEACTIVATE = "CamelOktaDeactivate";
    @Metadata(description = "Input of getGroup, addUserToGroup, removeUserFromGroup and listGroupMembers: the Okta group id (00g...) or "
                            + "the exact name of the group. Output of createGroup, getGroup, addUserToGroup and "
                            + "removeUserFromGroup: the id of the group.",
              javaType = "String")
    public static final String GROUP_ID = "CamelOktaGroupId";

    @Metadata(label = "producer", description = "createGroup: the name of the new group (required).", javaType = "String")
    public static final String NAME = "CamelOktaName";

    @Metadata(label = "producer", description = "createGroup: the description of the new group (optional).",
              javaType = "String")
    public static final String DESCRIPTION = "CamelOktaDescription";

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
                            + "by the first attempt; the result is then that user. createGroup: the same for the group.",
              javaType = "Boolean")
    public static final String ALREADY_EXISTED = "CamelOktaAlreadyExisted";

    @Metadata(label = "producer",
              description = "A list with singlePage=true: the after of the next page, absent on the last page; send it as "
                            + "CamelOktaAfter to fetch the next page.",
              javaType = "String")
    public static final String NEXT_CURSOR = "CamelOktaNextCursor";

    @Metadata(label = "producer",
              description = "The lifecycle operations and clearUserSessions: the user's status after the operation, e.g. "
                            + "DEPROVISIONED.",
              javaType = "String")
    public static final String USER_STATUS = "CamelOktaUserStatus";

    @Metadata(label = "producer",
              description = "The lifecycle operations: true when the user was already in the operation's target status "
                            + "(deactivateUser on a DEPROVISIONED user, say), so nothing was changed.",
              javaType = "Boolean")
    public static final String ALREADY_IN_STATE = "CamelOktaAlreadyInState";

    private OktaConstants() {
    }
}
