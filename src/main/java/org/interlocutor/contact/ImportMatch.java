package org.interlocutor.contact;

import org.jspecify.annotations.Nullable;

/**
 * The existing contact an imported row matches, if any. A match the importing person may not see is a CONFLICT:
 * it carries neither the contact's id nor anything else about it, and the importer must write nothing into it.
 */
public record ImportMatch(Outcome outcome, @Nullable Long contactId, @Nullable Reason reason) {

    public enum Outcome {
        NONE,
        MATCH,
        CONFLICT
    }

    public enum Reason {
        EXPORT_ID,
        EMAIL,
        NAME_AT_ORGANIZATION
    }

    /** No existing contact matches. */
    public static final ImportMatch NONE = new ImportMatch(Outcome.NONE, null, null);

    static ImportMatch of(long contactId, Reason reason, boolean visible) {
        return visible ? new ImportMatch(Outcome.MATCH, contactId, reason)
                : new ImportMatch(Outcome.CONFLICT, null, reason);
    }
}
