package org.interlocutor.importexport;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded import, as the list of imports shows it. */
public record ImportBatchRow(long id, ImportType type, String fileName, String sheet, DuplicateMode mode,
                             boolean partial, ImportStatus status, int rowsRead, int created, int updated,
                             int skipped, int rejected, long authorId, String authorName, Instant startedAt,
                             @Nullable Instant finishedAt, @Nullable Instant undoneAt, @Nullable String undoneBy) {
}
