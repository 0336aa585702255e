package org.interlocutor.importexport;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The row that names the columns. Spreadsheets often start with a title, a date or a blank line, so it is looked
 * for among the first rows rather than assumed to be the first.
 */
record HeaderRow(int rowNumber, List<String> names) {

    /** How many rows are searched for the header. */
    static final int ROWS_SEARCHED = 20;

    private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[\\d\\s.,:/]+");

    HeaderRow {
        names = List.copyOf(names);
    }

    /**
     * The first row in which most filled cells are headers people commonly use; failing that, the first row with
     * at least two cells of text that is followed by another row. Throws when the rows are all blank or when no
     * row fits.
     *
     * @param firstRows the first non-blank rows of the sheet, as {@link UploadedSpreadsheet#firstRows} gives them
     */
    static HeaderRow find(List<SpreadsheetRow> firstRows) {
        List<SpreadsheetRow> searched = firstRows.stream().filter(row -> !row.isBlank()).limit(ROWS_SEARCHED)
                .toList();
        if (searched.isEmpty()) {
            throw SpreadsheetProblems.emptySheet();
        }
        for (SpreadsheetRow row : searched) {
            if (mostCellsAreKnownHeaders(row)) {
                return new HeaderRow(row.number(), trimmed(row));
            }
        }
        for (int i = 0; i + 1 < searched.size(); i++) {
            SpreadsheetRow row = searched.get(i);
            if (row.cells().stream().filter(HeaderRow::isText).count() >= 2) {
                return new HeaderRow(row.number(), trimmed(row));
            }
        }
        throw SpreadsheetProblems.noHeaderRow(ROWS_SEARCHED);
    }

    private static boolean mostCellsAreKnownHeaders(SpreadsheetRow row) {
        List<String> filled = row.cells().stream().filter(cell -> !cell.isBlank()).toList();
        long known = filled.stream().filter(ColumnGuesser::isKnownHeader).count();
        return known * 2 > filled.size();
    }

    private static boolean isText(String cell) {
        return !cell.isBlank() && !NUMBER_OR_DATE.matcher(cell.strip()).matches();
    }

    private static List<String> trimmed(SpreadsheetRow row) {
        return row.cells().stream().map(String::strip).toList();
    }
}
