package org.interlocutor.importexport;

import org.interlocutor.shared.Translatable;

/** Where an import batch stands. Only a COMPLETED batch wrote anything, and only it can be undone. */
public enum ImportStatus implements Translatable {
    RUNNING,
    COMPLETED,
    /** Rows were rejected and the import was all or nothing: nothing was written. */
    REJECTED,
    CANCELLED,
    FAILED,
    UNDONE;

    @Override
    public String messageKey() {
        return "importexport.status." + name();
    }
}
