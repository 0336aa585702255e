package org.interlocutor.importexport;

import org.interlocutor.shared.Translatable;

/** What an import does (or, in a dry run, would do) with one row. */
public enum RowAction implements Translatable {
    CREATE,
    UPDATE,
    SKIP,
    REJECT;

    @Override
    public String messageKey() {
        return "importexport.action." + name();
    }
}
