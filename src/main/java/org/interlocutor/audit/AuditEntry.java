package org.interlocutor.audit;

import java.time.Instant;
import java.util.List;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.FieldChange;
import org.jspecify.annotations.Nullable;

/**
 * One event of the audit trail as a person may read it. {@code changes} holds the fields that changed with their
 * values before and after; when {@code valuesWithheld}, only the fields' names (the reader may not see the record
 * they belong to, and its values are not shown to them here either).
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long actorId, @Nullable String actor,
                         AuditAction action, String recordType, @Nullable Long recordId, List<FieldChange> changes,
                         @Nullable String detail, boolean valuesWithheld) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** The names of the fields that changed, in their order. */
    public List<String> changedFields() {
        return changes.stream().map(FieldChange::field).toList();
    }

    AuditEntry withheld() {
        return new AuditEntry(id, occurredAt, actorId, actor, action, recordType, recordId,
                changes.stream().map(change -> new FieldChange(change.field(), null, null)).toList(), detail, true);
    }

    AuditEntry withChanges(List<FieldChange> shown) {
        return new AuditEntry(id, occurredAt, actorId, actor, action, recordType, recordId, shown, detail,
                valuesWithheld);
    }
}
