package org.interlocutor.importexport;

import java.util.List;

/**
 * An uploaded file, checked and held as a temporary copy until {@link #close()}: what the wizard and the command
 * line work on between choosing a sheet and running the import.
 */
public final class ImportFile implements AutoCloseable {

    private final UploadedSpreadsheet spreadsheet;

    ImportFile(UploadedSpreadsheet spreadsheet) {
        this.spreadsheet = spreadsheet;
    }

    public String fileName() {
        return spreadsheet.fileName();
    }

    /** The sheets, in workbook order; a CSV file has one. */
    public List<String> sheetNames() {
        return spreadsheet.sheetNames();
    }

    UploadedSpreadsheet spreadsheet() {
        return spreadsheet;
    }

    /** Deletes the temporary copy. */
    @Override
    public void close() {
        spreadsheet.close();
    }
}
