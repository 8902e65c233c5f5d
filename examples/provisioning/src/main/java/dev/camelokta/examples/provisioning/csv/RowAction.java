package dev.camelokta.examples.provisioning.csv;

import java.util.Locale;
import java.util.Optional;

/**
 * What a row asks for, from its {@code action} column: a joiner is created, a mover changed, a leaver deactivated.
 * A file without the column, or a row with it empty, means {@link #JOIN}.
 */
public enum RowAction {

    JOIN("join", "created"),
    MOVE("move", "moved"),
    LEAVE("leave", "deactivated");

    private final String name;
    private final String doneStatus;

    RowAction(String name, String doneStatus) {
        this.name = name;
        this.doneStatus = doneStatus;
    }

    /** The action a cell names; empty when it names none (a null cell is {@link #JOIN}). */
    public static Optional<RowAction> parse(String cell) {
        if (cell == null) {
            return Optional.of(JOIN);
        }
        String lower = cell.trim().toLowerCase(Locale.ROOT);
        for (RowAction action : values()) {
            if (action.name.equals(lower)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** The report's status of a row that did it: created, moved or deactivated. */
    public String doneStatus() {
        return doneStatus;
    }

    @Override
    public String toString() {
        return name;
    }
}
