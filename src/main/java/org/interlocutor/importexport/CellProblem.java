package org.interlocutor.importexport;

/**
 * What is wrong with one cell of an imported row, said in the person's language by {@code messageKey} with the
 * {@code args}: the row as numbered in the file, the column (0-based, -1 when the problem is the whole row's) and
 * the field it was mapped to (null for a whole row).
 */
public record CellProblem(int rowNumber, int column, @org.jspecify.annotations.Nullable ImportField field,
                          String messageKey, Object... args) {
}
