package org.interlocutor.audit;

import java.time.Instant;
import java.util.Set;
import org.interlocutor.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;

/**
 * What the audit trail screen asks for; every part is optional.
 *
 * @param user       the user name or its beginning, without case
 * @param recordType one of {@link org.interlocutor.shared.audit.RecordTypes}
 * @param recordId   one record of that type
 * @param actions    any of these actions; none chosen means every action
 * @param from       events at or after this instant
 * @param until      events before this instant
 */
public record AuditFilter(@Nullable String user, @Nullable String recordType, @Nullable Long recordId,
                          Set<AuditAction> actions, @Nullable Instant from, @Nullable Instant until) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, Set.of(), null, null);

    public AuditFilter {
        actions = Set.copyOf(actions);
        user = user == null || user.isBlank() ? null : user.strip();
        recordType = recordType == null || recordType.isBlank() ? null : recordType.strip();
    }

    public AuditFilter withUser(@Nullable String newUser) {
        return new AuditFilter(newUser, recordType, recordId, actions, from, until);
    }

    public AuditFilter withRecord(@Nullable String newRecordType, @Nullable Long newRecordId) {
        return new AuditFilter(user, newRecordType, newRecordId, actions, from, until);
    }

    public AuditFilter withActions(Set<AuditAction> newActions) {
        return new AuditFilter(user, recordType, recordId, newActions, from, until);
    }

    public AuditFilter withPeriod(@Nullable Instant newFrom, @Nullable Instant newUntil) {
        return new AuditFilter(user, recordType, recordId, actions, newFrom, newUntil);
    }
}
