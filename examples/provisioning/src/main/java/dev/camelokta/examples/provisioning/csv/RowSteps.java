package dev.camelokta.examples.provisioning.csv;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelokta.component.okta.logging.LogValues;
import dev.camelokta.component.okta.model.OktaLifecycleResult;
import dev.camelokta.component.okta.model.OktaResult;
import dev.camelokta.component.okta.model.OktaUserResult;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * The okta calls of one valid row, in order, stopping at the first that fails:
 * <ul>
 * <li>join: createUser, then addUserToGroup for each group;</li>
 * <li>move: updateUser with the row's fields (when it has any besides the login), then addUserToGroup for each
 * group, removeUserFromGroup for each {@code -Group};</li>
 * <li>leave: deactivateUser, then clearUserSessions.</li>
 * </ul>
 * Each call is a result, not an exception ({@code throwExceptionOnFailure=false}), so a failure names its step.
 */
public final class RowSteps {

    private final ProducerTemplate okta;
    private final String options;

    /** @param options the okta endpoint options of every call, e.g. {@code maxRetries=4} */
    public RowSteps(CamelContext context, String options) {
        this.okta = context.createProducerTemplate();
        this.options = options;
        try {
            context.addService(okta, true); // stopped with the context
        } catch (Exception e) {
            throw new IllegalStateException("Cannot register the CSV rows' producer template with the context", e);
        }
    }

    public RowResult run(UserRow row) {
        try {
            return switch (row.action()) {
                case JOIN -> join(row);
                case MOVE -> move(row);
                case LEAVE -> leave(row);
            };
        } catch (StepFailed failed) {
            return RowResult.failed(row, failed.getMessage());
        }
    }

    private RowResult join(UserRow row) {
        // no step name: a joiner's creation is the row itself, and Okta's error says what went wrong
        OktaUserResult created = call("createUser", null, row.input(), OktaUserResult.class);
        String userId = created.getUser().getId();
        changeGroups(row, userId);
        return RowResult.done(row, userId);
    }

    private RowResult move(UserRow row) {
        Map<String, Object> changes = new LinkedHashMap<>(row.input());
        changes.remove("login"); // names the user; a mover keeps their login
        changes.remove("activate"); // a joiner's option only
        String userId = row.login();
        if (!changes.isEmpty()) {
            changes.put("user_id", row.login());
            userId = call("updateUser", "updateUser", changes, OktaUserResult.class).getUser().getId();
        }
        changeGroups(row, userId);
        return RowResult.done(row, userId);
    }

    private RowResult leave(UserRow row) {
        OktaLifecycleResult deactivated = call("deactivateUser", "deactivateUser", Map.of("user_id", row.login()),
                OktaLifecycleResult.class);
        String userId = deactivated.getUser() == null ? row.login() : deactivated.getUser().getId();
        call("clearUserSessions", "clearUserSessions", Map.of("user_id", userId), OktaResult.class);
        return RowResult.done(row, userId);
    }

    /** {@code Engineering} adds the user to the group, {@code -Sales} removes them from it. */
    private void changeGroups(UserRow row, String userId) {
        for (String group : row.groups()) {
            boolean remove = group.startsWith("-");
            String name = remove ? group.substring(1).trim() : group;
            String operation = remove ? "removeUserFromGroup" : "addUserToGroup";
            call(operation, operation + " " + LogValues.safe(name), Map.of("group_id", name, "user_id", userId),
                    OktaResult.class);
        }
    }

    /** @param step how the row's error names the call, or null to give Okta's error alone */
    private <T extends OktaResult> T call(String operation, String step, Map<String, Object> input, Class<T> type) {
        Exchange answer = okta.send("okta:" + operation + "?" + options, exchange -> exchange.getMessage().setBody(input));
        String prefix = step == null ? "" : step + ": ";
        if (answer.getException() != null) {
            throw new StepFailed(prefix + "unexpected error: " + LogValues.safe(answer.getException().getMessage()));
        }
        T result = answer.getMessage().getBody(type);
        if (result == null || !result.isSuccess()) {
            throw new StepFailed(prefix + (result == null ? "no result" : result.getError()));
        }
        return result;
    }

    /** Ends a row's steps at the one that failed. */
    private static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }
}
