package org.interlocutor.importexport;

import java.util.List;

/** Counts the rows of one reading and refuses the first row, column or cell beyond the limits. */
final class RowLimits {

    private final ImportLimits limits;
    private int rows;

    RowLimits(ImportLimits limits) {
        this.limits = limits;
    }

    /** Checks a cell as soon as it is read, before the row it belongs to is complete. */
    void checkCell(int rowNumber, int column, String value) {
        if (column >= limits.maxColumns()) {
            throw SpreadsheetProblems.tooManyColumns(rowNumber, limits.maxColumns());
        }
        if (value.length() > limits.maxCellCharacters()) {
            throw SpreadsheetProblems.cellTooLong(rowNumber, column, limits.maxCellCharacters());
        }
    }

    void checkRow(int rowNumber, List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            checkCell(rowNumber, column, cells.get(column));
        }
        countRow();
    }

    /** Counts a row that has something in it; blank rows are skipped and do not count. */
    void countRow() {
        if (++rows > limits.maxRows()) {
            throw SpreadsheetProblems.tooManyRows(limits.maxRows());
        }
    }
}
