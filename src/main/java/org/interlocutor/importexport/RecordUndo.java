package org.interlocutor.importexport;

import java.util.List;

/** Takes back what an import batch did to one type of record: removes what it created, restores what it updated. */
interface RecordUndo {

    RecordType type();

    /** The batch's entries for this type, in the order they were written. */
    void undo(List<JournalEntry> entries);
}
