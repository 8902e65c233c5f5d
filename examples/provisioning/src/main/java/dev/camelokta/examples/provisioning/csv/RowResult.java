package dev.camelokta.examples.provisioning.csv;

/**
 * What became of one row: one line of the report.
 *
 * @param status     created, moved or deactivated ({@link RowAction#doneStatus()}), or failed
 * @param oktaUserId the id of the user, null when the row failed
 * @param error      why the row failed, null when it succeeded
 */
public record RowResult(long row, String login, String status, String oktaUserId, String error) {

    public static final String CREATED = "created";
    public static final String FAILED = "failed";

    public static RowResult created(UserRow row, String oktaUserId) {
        return new RowResult(row.number(), row.login(), CREATED, oktaUserId, null);
    }

    /** The row's action was done: created, moved or deactivated. */
    public static RowResult done(UserRow row, String oktaUserId) {
        return new RowResult(row.number(), row.login(), row.action().doneStatus(), oktaUserId, null);
    }

    public static RowResult failed(UserRow row, String error) {
        return new RowResult(row.number(), row.login(), FAILED, null, error);
    }

    public boolean isCreated() {
        return CREATED.equals(status);
    }

    public boolean isFailed() {
        return FAILED.equals(status);
    }
}
