package org.interlocutor.importexport;

import java.util.List;

/**
 * One row of an uploaded sheet: its number as the person sees it in Excel (1-based; for a CSV file, the record's
 * number, a quoted line break staying inside its row) and its cells as text, blank for an empty cell.
 */
record SpreadsheetRow(int number, List<String> cells) {

    SpreadsheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at that column (0-based), blank beyond the last one. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
