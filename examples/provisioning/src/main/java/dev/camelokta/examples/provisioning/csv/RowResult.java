package dev.camelokta.examples.provisioning.csv;

/**
 * What became of one row: one line of the report.
 *
 * @param oktaUserId the id of the created user, null when the row failed
 * @param error      why the row failed, null when the user was created
 */
public record RowResult(long row, String login, String status, String oktaUserId, String error) {

    public static final String CREATED = "created";
    public static final String FAILED = "failed";

    public static RowResult created(UserRow row, String oktaUserId) {
        return new RowResult(row.number(), row.login(), CREATED, oktaUserId, null);
    }

    public static RowResult failed(UserRow row, String error) {
        return new RowResult(row.number(), row.login(), FAILED, null, error);
    }

    public boolean isCreated() {
        return CREATED.equals(status);
    }
}
