package org.interlocutor.importexport;

import org.interlocutor.shared.Translatable;

/**
 * What to do with a row that matches an existing record (by the id of an earlier export, else by email, else by
 * the same name in the same organisation).
 */
public enum DuplicateMode implements Translatable {
    /** Leave the existing record as it is. */
    SKIP,
    /** Overwrite the existing record's fields with the row's non-empty cells. */
    UPDATE,
    /** Only fill the existing record's empty fields. */
    FILL,
    /** Create a new record anyway. */
    CREATE;

    @Override
    public String messageKey() {
        return "importexport.mode." + name();
    }
}
