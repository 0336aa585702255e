package org.interlocutor.shared.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something the audit trail must keep: published as an application event by the feature where it happened, inside
 * the transaction that made the change, and written by the audit module in that same transaction, so that a change
 * and its audit event are committed together or not at all. The actor is whoever is signed in when the event is
 * published unless {@code actor} names them (a failed sign-in has nobody signed in).
 *
 * @param recordType a stable, untranslated name: "contact", "organization", "engagement", "follow-up",
 *                   "campaign", "outreach-plan", "country", "user", "import", "export", "session" (see
 *                   {@link RecordTypes})
 * @param recordId   the record's id, when the event is about one record
 * @param detail     free text for what the fields do not say: an export's filter and row count, a break-glass
 *                   reason, the attempted username of a failed sign-in
 * @param exportedContacts for an export, the contacts its file contained (kept beside the event, for subject-access
 *                   requests)
 */
public record Audited(AuditAction action, String recordType, @Nullable Long recordId, List<FieldChange> changes,
                      @Nullable String detail, @Nullable String actor, @Nullable ContactIdSet exportedContacts) {

    public Audited {
        changes = List.copyOf(changes);
    }

    public Audited(AuditAction action, String recordType, @Nullable Long recordId, List<FieldChange> changes,
                   @Nullable String detail, @Nullable String actor) {
        this(action, recordType, recordId, changes, detail, actor, null);
    }

    public static Audited of(AuditAction action, String recordType, @Nullable Long recordId) {
        return new Audited(action, recordType, recordId, List.of(), null, null, null);
    }

    public Audited withChanges(List<FieldChange> changed) {
        return new Audited(action, recordType, recordId, changed.stream().filter(FieldChange::changed).toList(),
                detail, actor, exportedContacts);
    }

    public Audited withDetail(@Nullable String text) {
        return new Audited(action, recordType, recordId, changes, text, actor, exportedContacts);
    }

    public Audited by(String username) {
        return new Audited(action, recordType, recordId, changes, detail, username, exportedContacts);
    }

    /** An export's event with the contacts its file contained. */
    public Audited withExportedContacts(java.util.BitSet contactIds) {
        return new Audited(action, recordType, recordId, changes, detail, actor, ContactIdSet.of(contactIds));
    }
}
