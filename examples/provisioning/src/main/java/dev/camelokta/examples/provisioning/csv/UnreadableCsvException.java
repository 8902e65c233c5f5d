package dev.camelokta.examples.provisioning.csv;

/**
 * A CSV file that cannot be provisioned as a whole: no header row, unknown columns, or a record that commons-csv
 * cannot parse. The file goes to the error folder; its message says why, for the log line.
 */
public class UnreadableCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableCsvException(String message) {
        super(message);
    }

    public UnreadableCsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
