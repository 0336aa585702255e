package org.interlocutor.engagement;

import org.jspecify.annotations.Nullable;

/**
 * The existing engagement an imported row matches, if any. An id naming an engagement the importing person may not
 * see is a CONFLICT: it carries nothing about that engagement, and the importer must write nothing into it.
 */
public record EngagementImportMatch(Outcome outcome, @Nullable Long engagementId, @Nullable Reason reason) {

    public enum Outcome {
        NONE,
        MATCH,
        CONFLICT
    }

    public enum Reason {
        EXPORT_ID,
        START_AND_TITLE
    }

    /** No existing engagement matches. */
    public static final EngagementImportMatch NONE = new EngagementImportMatch(Outcome.NONE, null, null);
}
