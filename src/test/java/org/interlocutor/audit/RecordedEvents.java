package org.interlocutor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the audit trail holds, read straight from its table (values included, whoever may see them), for tests to
 * check what an action left behind.
 */
public final class RecordedEvents {

    private final JdbcClient jdbc;

    public RecordedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Event(long id, @Nullable Long actorId, @Nullable String actor, AuditAction action,
                        String recordType, @Nullable Long recordId, List<FieldChange> changes,
                        @Nullable String rawChanges, @Nullable String detail) {

        public Optional<FieldChange> change(String field) {
            return changes.stream().filter(change -> change.field().equals(field)).findFirst();
        }
    }

    /** The events of one record, oldest first. */
    public List<Event> of(String recordType, long recordId) {
        return jdbc.sql("select * from audit_event where record_type = ? and record_id = ? order by id")
                .params(recordType, recordId).query(RecordedEvents::event).list();
    }

    /** The events after the one with this id (see {@link #lastId()}), oldest first. */
    public List<Event> after(long id) {
        return jdbc.sql("select * from audit_event where id > ? order by id").params(id)
                .query(RecordedEvents::event).list();
    }

    /** The id of the latest event so far, or 0. */
    public long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private static Event event(ResultSet row, int number) throws SQLException {
        String changes = row.getString("changes");
        return new Event(row.getLong("id"), row.getObject("actor_id", Long.class), row.getString("actor_username"),
                AuditAction.valueOf(row.getString("action")), row.getString("record_type"),
                row.getObject("record_id", Long.class), ChangesJson.read(changes), changes, row.getString("detail"));
    }
}
