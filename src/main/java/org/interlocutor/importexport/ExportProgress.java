package org.interlocutor.importexport;

/** Told how far an export has gone, for a progress bar. */
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> {
    };

    void rowsDone(long done, long total);
}
