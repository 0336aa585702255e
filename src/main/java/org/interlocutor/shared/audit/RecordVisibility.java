package org.interlocutor.shared.audit;

import java.util.List;

/**
 * Whether the signed-in person may see one record of a type, answered by the feature that owns the type with its
 * own need-to-know rule: the audit trail asks before it shows a record's history or the values of its changes, and
 * never decides that by itself. A record type without such an answer is shown to administrators only.
 */
public interface RecordVisibility {

    /** The type as {@link Audited#recordType()} names it. */
    String recordType();

    boolean canSee(long recordId);

    /**
     * The changes as this person may read them: values that would reveal another record they may not see (a hidden
     * participant of an engagement) left out. Unchanged by default.
     */
    default List<FieldChange> visibleChanges(List<FieldChange> changes) {
        return changes;
    }
}
