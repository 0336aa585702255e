package org.interlocutor.importexport;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an import (or a dry run) went: its batch, the counts, the rows worth showing (rejected, skipped and updated
 * rows up to {@link #OUTCOMES_KEPT} in all, and the first {@link #CREATED_KEPT} created ones as a sample), and the .xlsx of the rejected rows with
 * the reason of each, a temporary file the caller moves or deletes. For a dry run and an import that wrote
 * nothing, the counts say what would have been done.
 */
public record ImportReport(@Nullable Long batchId, ImportStatus status, boolean dryRun, int rowsRead, int created,
                           int updated, int skipped, int rejected, List<RowOutcome> outcomes,
                           boolean outcomesTruncated, @Nullable Path rejectedRowsFile, double seconds) {

    /** How many row outcomes a report keeps for display. */
    public static final int OUTCOMES_KEPT = 1000;

    /** How many created rows a report keeps as a sample: they need no reading, the others do. */
    public static final int CREATED_KEPT = 100;

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether anything was kept in the database. */
    public boolean written() {
        return !dryRun && status == ImportStatus.COMPLETED;
    }
}
