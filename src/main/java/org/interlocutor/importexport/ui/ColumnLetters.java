package org.interlocutor.importexport.ui;

/** A column as a spreadsheet names it: 0 is A, 25 is Z, 26 is AA. */
final class ColumnLetters {

    private ColumnLetters() {
    }

    static String of(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
