package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.List;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes down, in the import's own transaction, what a batch created and what it updated with the values before,
 * so that the batch can be undone. Entries are written in JDBC batches; for a dry run (no batch) nothing is kept.
 * The values before are kept encrypted whatever the record's sensitivity (see {@link #PREVIOUS_VALUES}).
 */
final class ImportJournal {

    private static final int FLUSH_AT = 1000;
    static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The context the values before an update are sealed with. Every entry is encrypted, not only a confidential
     * record's: a record updated while NORMAL and made confidential later must not leave its old details in clear
     * here. Only updates write such entries, so imports that create records pay nothing.
     */
    static final String PREVIOUS_VALUES = "import/previous-values";

    private final @Nullable Long batchId;
    private final JdbcTemplate jdbc;
    private final FieldEncryption encryption;
    private final List<Object[]> pending = new ArrayList<>();

    ImportJournal(@Nullable Long batchId, JdbcTemplate jdbc, FieldEncryption encryption) {
        this.batchId = batchId;
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    void created(RecordType type, long recordId, @Nullable Long ownerId) {
        add(type, recordId, ownerId, "CREATED", null);
    }

    /** {@code previous} is the record's draft before the update, restored by an undo. */
    void updated(RecordType type, long recordId, Object previous) {
        if (batchId != null) {
            add(type, recordId, null, "UPDATED", encryption.seal(PREVIOUS_VALUES, JSON.writeValueAsString(previous)));
        }
    }

    private void add(RecordType type, long recordId, @Nullable Long ownerId, String action,
                     @Nullable String previous) {
        if (batchId == null) {
            return;
        }
        pending.add(new Object[] {batchId, type.name(), recordId, ownerId, action, previous});
        if (pending.size() >= FLUSH_AT) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            jdbc.batchUpdate("insert into import_record (batch_id, record_type, record_id, owner_id, action, "
                    + "previous_values) values (?, ?, ?, ?, ?, ?)", pending);
            pending.clear();
        }
    }

    static <T> T read(JournalEntry entry, Class<T> type) {
        if (entry.previousValues() == null) {
            throw new IllegalStateException("No previous values for " + entry);
        }
        return JSON.readValue(entry.previousValues(), type);
    }
}
