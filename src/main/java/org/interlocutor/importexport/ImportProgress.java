package org.interlocutor.importexport;

/** Told how far an import has gone, and asked whether the person wants it stopped. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** Called after each batch of rows, with the number of data rows read so far. */
    default void rowsDone(int rows) {
    }

    /** When true, the import stops at the next batch and nothing it wrote is kept. */
    default boolean cancelRequested() {
        return false;
    }
}
