package org.interlocutor.importexport;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happens to one row: the action, the record's name as the row gives it, why (the message key of the reason
 * a row is skipped or matched, with its arguments), the problems that reject it, and for an update, each field
 * that changes.
 */
public record RowOutcome(int rowNumber, RowAction action, String label, @Nullable String reasonKey,
                         List<Object> reasonArgs, List<CellProblem> problems, List<FieldChange> changes) {

    public RowOutcome {
        reasonArgs = List.copyOf(reasonArgs);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    static RowOutcome create(int rowNumber, String label) {
        return new RowOutcome(rowNumber, RowAction.CREATE, label, null, List.of(), List.of(), List.of());
    }

    static RowOutcome rejected(int rowNumber, String label, List<CellProblem> problems) {
        return new RowOutcome(rowNumber, RowAction.REJECT, label, null, List.of(), problems, List.of());
    }

    static RowOutcome skipped(int rowNumber, String label, String reasonKey, Object... args) {
        return new RowOutcome(rowNumber, RowAction.SKIP, label, reasonKey, List.of(args), List.of(), List.of());
    }

    static RowOutcome updated(int rowNumber, String label, String reasonKey, List<FieldChange> changes) {
        return new RowOutcome(rowNumber, RowAction.UPDATE, label, reasonKey, List.of(), List.of(), changes);
    }
}
