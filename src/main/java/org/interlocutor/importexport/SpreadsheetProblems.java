package org.interlocutor.importexport;

import org.interlocutor.shared.UserFacingException;

/** The refusals of a file, each a message key of the importexport bundle, in one place. */
final class SpreadsheetProblems {

    private SpreadsheetProblems() {
    }

    static UserFacingException notASpreadsheet(String fileName) {
        return new UserFacingException("importexport.file.not-spreadsheet", fileName);
    }

    static UserFacingException emptyFile(String fileName) {
        return new UserFacingException("importexport.file.empty", fileName);
    }

    static UserFacingException oldExcelFormat(String fileName) {
        return new UserFacingException("importexport.file.old-excel", fileName);
    }

    static UserFacingException passwordProtected(String fileName) {
        return new UserFacingException("importexport.file.password-protected", fileName);
    }

    static UserFacingException corrupt(String fileName) {
        return new UserFacingException("importexport.file.corrupt", fileName);
    }

    static UserFacingException zipBomb(String fileName) {
        return new UserFacingException("importexport.file.zip-bomb", fileName);
    }

    static UserFacingException tooManyEntries(String fileName, int limit) {
        return new UserFacingException("importexport.file.too-many-entries", fileName, limit);
    }

    static UserFacingException tooLarge(long limitBytes) {
        return new UserFacingException("importexport.file.too-large", limitBytes / (1024 * 1024));
    }

    static UserFacingException noSuchSheet(String sheetName) {
        return new UserFacingException("importexport.sheet.not-found", sheetName);
    }

    static UserFacingException emptySheet() {
        return new UserFacingException("importexport.sheet.empty");
    }

    static UserFacingException noHeaderRow(int rowsSearched) {
        return new UserFacingException("importexport.header.not-found", rowsSearched);
    }

    static UserFacingException tooManyRows(int limit) {
        return new UserFacingException("importexport.limit.rows", limit);
    }

    static UserFacingException tooManyColumns(int row, int limit) {
        return new UserFacingException("importexport.limit.columns", row, limit);
    }

    static UserFacingException cellTooLong(int row, int column, int limit) {
        return new UserFacingException("importexport.limit.cell", row, columnName(column), limit);
    }

    static UserFacingException malformedCsv(long line) {
        return new UserFacingException("importexport.csv.malformed", line);
    }

    /** The column's letters as Excel shows them: 0 is A, 26 is AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            name.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return name.toString();
    }
}
