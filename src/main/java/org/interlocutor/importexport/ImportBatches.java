package org.interlocutor.importexport;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every import: started in a transaction of its own before the rows are read, finished with its
 * counts after the import's transaction ended either way, so that a failed or cancelled import is recorded too.
 * Times are stored as UTC wall-clock time, as Hibernate writes instants.
 */
@Component
class ImportBatches {

    private static final String COLUMNS = """
            id, import_type, file_name, sheet_name, duplicate_mode, partial_allowed, status, rows_read, created_count,
            updated_count, skipped_count, rejected_count, author_id, author_name, started_at, finished_at, undone_at,
            undone_by""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final FieldEncryption encryption;

    ImportBatches(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                  FieldEncryption encryption) {
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    long start(ImportRequest request, String fileName, SignedInUser author) {
        return Objects.requireNonNull(ownTransaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_batch (import_type, file_name, sheet_name, duplicate_mode, partial_allowed,
                            status, rows_read, created_count, updated_count, skipped_count, rejected_count, author_id,
                            author_name, started_at, version)
                        values (?, ?, ?, ?, ?, 'RUNNING', 0, 0, 0, 0, 0, ?, ?, ?, 0)""",
                        Statement.RETURN_GENERATED_KEYS);
                insert.setString(1, request.type().name());
                insert.setString(2, truncate(fileName, 255));
                insert.setString(3, truncate(request.sheet(), 255));
                insert.setString(4, request.mode().name());
                insert.setBoolean(5, request.partial());
                insert.setLong(6, author.id());
                insert.setString(7, truncate(author.displayName(), 64));
                insert.setObject(8, now());
                return insert;
            }, key);
            return Objects.requireNonNull(key.getKey()).longValue();
        }));
    }

    void finish(long id, ImportStatus status, int rowsRead, int created, int updated, int skipped, int rejected) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                update import_batch set status = ?, rows_read = ?, created_count = ?, updated_count = ?,
                    skipped_count = ?, rejected_count = ?, finished_at = ?, version = version + 1
                where id = ?""", status.name(), rowsRead, created, updated, skipped, rejected, now(), id));
    }

    /** Marks a completed batch undone, in the undo's transaction; false when it was not (or no longer) completed. */
    boolean markUndone(long id, String by) {
        return jdbc.update("update import_batch set status = 'UNDONE', undone_at = ?, undone_by = ?, "
                + "version = version + 1 where id = ? and status = 'COMPLETED'", now(), by, id) == 1;
    }

    Optional<ImportBatchRow> find(long id) {
        return jdbc.query("select " + COLUMNS + " from import_batch where id = ?", ImportBatches::row, id).stream()
                .findFirst();
    }

    /** Newest first; only the author's own when {@code authorId} is given. */
    Page<ImportBatchRow> list(@Nullable Long authorId, Pageable pageable) {
        String where = authorId == null ? "" : " where author_id = " + authorId;
        List<ImportBatchRow> rows = jdbc.query("select " + COLUMNS + " from import_batch" + where
                        + " order by started_at desc, id desc limit ? offset ?", ImportBatches::row,
                pageable.getPageSize(), pageable.getOffset());
        Long total = jdbc.queryForObject("select count(*) from import_batch" + where, Long.class);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** What the batch created and updated, in the order it did it, the values before opened. */
    List<JournalEntry> entries(long batchId) {
        return jdbc.query("select record_id, record_type, owner_id, action, previous_values from import_record "
                + "where batch_id = ? order by id", (row, n) -> new JournalEntry(row.getLong(1),
                RecordType.valueOf(row.getString(2)), (Long) row.getObject(3, Long.class),
                "CREATED".equals(row.getString(4)),
                encryption.openNullable(ImportJournal.PREVIOUS_VALUES, row.getString(5))), batchId);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static ImportBatchRow row(ResultSet row, int n) throws SQLException {
        return new ImportBatchRow(row.getLong("id"), ImportType.valueOf(row.getString("import_type")),
                row.getString("file_name"), row.getString("sheet_name"),
                DuplicateMode.valueOf(row.getString("duplicate_mode")), row.getBoolean("partial_allowed"),
                ImportStatus.valueOf(row.getString("status")), row.getInt("rows_read"), row.getInt("created_count"),
                row.getInt("updated_count"), row.getInt("skipped_count"), row.getInt("rejected_count"),
                row.getLong("author_id"), row.getString("author_name"), instant(row, "started_at"),
                instant(row, "finished_at"), instant(row, "undone_at"), row.getString("undone_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
