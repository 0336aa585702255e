package org.interlocutor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.ContactIdSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail: filtered pages newest first (or oldest first), one event, one record's events. Read-only
 * by design; {@link AuditWriter} is the only class that writes the table, and it only inserts. Each filter has an
 * index that reads its events in order, so a page stops as soon as it is full.
 */
@Component
class AuditEvents {

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_username, action, record_type, record_id, "
            + "changes, detail";

    private final JdbcTemplate jdbc;

    AuditEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> find(AuditFilter filter, long offset, int limit, boolean oldestFirst) {
        StringBuilder where = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        if (filter.user() != null) {
            condition(where, "actor_username like ? escape '!'");
            arguments.add(SearchPatterns.startsWith(filter.user().toLowerCase(Locale.ROOT)));
        }
        if (filter.recordType() != null) {
            condition(where, "record_type = ?");
            arguments.add(filter.recordType());
            if (filter.recordId() != null) {
                condition(where, "record_id = ?");
                arguments.add(filter.recordId());
            }
        } else if (filter.recordId() != null) {
            condition(where, "record_id = ?");
            arguments.add(filter.recordId());
        }
        if (!filter.actions().isEmpty()) {
            condition(where, "action in (" + String.join(", ", filter.actions().stream().map(action -> "?").toList())
                    + ")");
            filter.actions().stream().map(AuditAction::name).sorted().forEach(arguments::add);
        }
        if (filter.from() != null) {
            condition(where, "occurred_at >= ?");
            arguments.add(utc(filter.from()));
        }
        if (filter.until() != null) {
            condition(where, "occurred_at < ?");
            arguments.add(utc(filter.until()));
        }
        String order = oldestFirst ? " order by occurred_at, id" : " order by occurred_at desc, id desc";
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("select " + COLUMNS + " from audit_event" + where + order + " limit ? offset ?",
                AuditEvents::entry, arguments.toArray());
    }

    Optional<AuditEntry> find(long id) {
        return jdbc.query("select " + COLUMNS + " from audit_event where id = ?", AuditEvents::entry, id).stream()
                .findFirst();
    }

    /** The events of one record, newest first. */
    List<AuditEntry> ofRecord(String recordType, long recordId, long offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from audit_event where record_type = ? and record_id = ?"
                        + " order by occurred_at desc, id desc limit ? offset ?", AuditEvents::entry, recordType,
                recordId, limit, offset);
    }

    /**
     * The export events whose file contained this contact, newest first. Reads the stored id sets of every export
     * that recorded one, a few kilobytes each: a subject-access request is rare and runs it once.
     */
    List<AuditEntry> exportsContaining(long contactId) {
        List<AuditEntry> found = new ArrayList<>();
        jdbc.query("select e.id, e.occurred_at, e.actor_id, e.actor_username, e.action, e.record_type, e.record_id,"
                + " e.changes, e.detail, x.contact_count, x.contact_ids from audit_event e"
                + " join audit_export_contact x on x.audit_event_id = e.id order by e.occurred_at desc, e.id desc",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> {
                    ContactIdSet ids = ContactIdSet.stored(row.getBytes("contact_ids"), row.getInt("contact_count"));
                    if (ids.contains(contactId)) {
                        found.add(entry(row, 0));
                    }
                });
        return found;
    }

    /** The contact ids an export event's file contained, when it recorded them. */
    Optional<ContactIdSet> exportedContacts(long eventId) {
        return jdbc.query("select contact_count, contact_ids from audit_export_contact where audit_event_id = ?",
                (row, number) -> ContactIdSet.stored(row.getBytes("contact_ids"), row.getInt("contact_count")),
                eventId).stream().findFirst();
    }

    private static void condition(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"),
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getObject("actor_id", Long.class), row.getString("actor_username"),
                AuditAction.valueOf(row.getString("action")), row.getString("record_type"),
                row.getObject("record_id", Long.class), ChangesJson.read(row.getString("changes")),
                row.getString("detail"), false);
    }
}
