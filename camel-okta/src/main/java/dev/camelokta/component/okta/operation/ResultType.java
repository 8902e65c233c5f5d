package dev.camelokta.component.okta.operation;

import java.util.function.Function;

import dev.camelokta.component.okta.model.OktaGroupPageResult;
import dev.camelokta.component.okta.model.OktaGroupResult;
import dev.camelokta.component.okta.model.OktaMembershipResult;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.OktaTypeIdOptionsResult;
import dev.camelokta.component.okta.model.OktaUserPageResult;
import dev.camelokta.component.okta.model.OktaUserResult;

/**
 * The result an operation puts in the body, success or failure, and the JSON Schema of its JSON, which several
 * operations share (createUser, getUser and updateUser all give a user).
 *
 * @param type         the result class
 * @param failure      the result for a failure, from its one-line error
 * @param outputSchema the classpath resource of the output JSON Schema, without its title (the operation's)
 */
public record ResultType(Class<? extends OktaResult> type, Function<String, OktaResult> failure, String outputSchema) {

    private static final String SCHEMAS = "/dev/camelokta/component/okta/schemas/";

    /** {@code {"success", "error", "user"}} */
    public static final ResultType USER = new ResultType(OktaUserResult.class, OktaUserResult::failure,
            SCHEMAS + "user-result.schema.json");

    /** {@code {"success", "error", "users": [...], "after"}}: one page of users */
    public static final ResultType USER_PAGE = new ResultType(OktaUserPageResult.class, OktaUserPageResult::failure,
            SCHEMAS + "user-page-result.schema.json");

    /** {@code {"success", "error", "groups": [...], "after"}}: one page of groups */
    public static final ResultType GROUP_PAGE = new ResultType(OktaGroupPageResult.class, OktaGroupPageResult::failure,
            SCHEMAS + "group-page-result.schema.json");
    /** {@code {"success", "error", "group"}} */
    public static final ResultType GROUP = new ResultType(OktaGroupResult.class, OktaGroupResult::failure,
            SCHEMAS + "group-result.schema.json");

    /** {@code {"success", "error", "group_id", "user_id"}} */
    public static final ResultType MEMBERSHIP = new ResultType(OktaMembershipResult.class, OktaMembershipResult::failure,
            SCHEMAS + "membership-result.schema.json");

    /** {@code {"success", "error", "options": [{"label", "value"}]}} */
    public static final ResultType TYPE_ID_OPTIONS = new ResultType(OktaTypeIdOptionsResult.class,
            OktaTypeIdOptionsResult::failure, SCHEMAS + "type-id-options-result.schema.json");

    /** {@code {"success", "error", "options": [{"label": title, "value": name}]}}: listTypeIdOptions's JSON. */
    public static final ResultType PROFILE_ATTRIBUTE_OPTIONS = new ResultType(OktaTypeIdOptionsResult.class,
            OktaTypeIdOptionsResult::failure, SCHEMAS + "profile-attribute-options-result.schema.json");
}
