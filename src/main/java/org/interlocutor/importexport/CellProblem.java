package org.interlocutor.importexport;

/**
 * What is wrong with one cell of an imported row, said in the person's language by {@code messageKey} with the
 * {@code args}: the row as numbered in the file, the column (0-based) and the field it was mapped to.
 */
record CellProblem(int rowNumber, int column, ContactField field, String messageKey, Object... args) {
}
