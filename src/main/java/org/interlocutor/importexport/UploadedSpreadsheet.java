package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded file, checked and ready to be read row by row. Holds a temporary copy of the upload, deleted on
 * {@link #close()}. Rows come one at a time and are never all in memory; blank rows are skipped but keep the
 * numbering, so the numbers match what the person sees in Excel.
 */
sealed interface UploadedSpreadsheet extends AutoCloseable permits XlsxSpreadsheet, CsvSpreadsheet {

    String fileName();

    /** The sheets a person can choose from, in workbook order; a CSV file has one, named after the file. */
    List<String> sheetNames();

    /**
     * Hands each non-blank row of the sheet to {@code rows}, in order. Throws a
     * {@link org.interlocutor.shared.UserFacingException} at the first row beyond the {@link ImportLimits}.
     */
    void read(String sheetName, Consumer<SpreadsheetRow> rows);

    /** The first {@code count} non-blank rows, reading no further: enough to find the header and preview. */
    default List<SpreadsheetRow> firstRows(String sheetName, int count) {
        List<SpreadsheetRow> rows = new ArrayList<>(count);
        if (count <= 0) {
            return rows;
        }
        try {
            read(sheetName, row -> {
                rows.add(row);
                if (rows.size() >= count) {
                    throw new ReadingStopped();
                }
            });
        } catch (ReadingStopped enough) {
            // the rows asked for are there
        }
        return rows;
    }

    /** Deletes the temporary copy. */
    @Override
    void close();

    /** Thrown from a row consumer to stop reading early; never leaves {@link #firstRows}. */
    final class ReadingStopped extends RuntimeException {

        ReadingStopped() {
            super(null, null, false, false);
        }
    }
}
