package org.interlocutor.importexport;

import org.jspecify.annotations.Nullable;

/**
 * One thing a batch did to one record: created it, or updated it from {@code previousValues} (JSON of the draft
 * before). {@code ownerId} is the record it belongs to, for an affiliation its contact.
 */
record JournalEntry(long recordId, RecordType type, @Nullable Long ownerId, boolean created,
                    @Nullable String previousValues) {
}
