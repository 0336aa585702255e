package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mapped cells of one imported row, read by field, and the problems found in them. Shared by the row readers
 * of every import type.
 */
final class RowCells<F extends Enum<F> & ImportField> {

    /** Several values in a cell: "a@x.org; b@y.org", "a@x.org, b@y.org", or one per line. */
    static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,\\n]\\s*");
    /** Several names in a cell, where a name may hold a comma ("Ministry of Justice, Senegal"). */
    static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[;\\n]\\s*");

    private final SpreadsheetRow row;
    private final Class<F> type;
    private final Map<F, Integer> columns = new HashMap<>();
    private final Map<F, Integer> maxLengths;
    private final List<CellProblem> problems = new ArrayList<>();

    RowCells(SpreadsheetRow row, Class<F> type, Map<Integer, F> mapping, Map<F, Integer> maxLengths) {
        this.row = row;
        this.type = type;
        this.maxLengths = maxLengths;
        mapping.forEach((column, field) -> columns.merge(field, column, Math::min));
    }

    int rowNumber() {
        return row.number();
    }

    /** The field's cell, stripped; blank when the field is not mapped. */
    String text(F field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.cell(column).strip();
    }

    @Nullable String textOrNull(F field) {
        String text = text(field);
        return text.isEmpty() ? null : text;
    }

    /** The values of a cell holding several, separated by ";", "," or line breaks. */
    List<String> list(F field) {
        return split(field, LIST_SEPARATOR);
    }

    /** The names of a cell holding several, separated by ";" or line breaks. */
    List<String> names(F field) {
        return split(field, NAME_SEPARATOR);
    }

    private List<String> split(F field, Pattern separator) {
        String text = text(field);
        return text.isEmpty() ? List.of() : separator.splitAsStream(text).filter(s -> !s.isBlank()).toList();
    }

    /** The column the field is read from, -1 when it is not mapped. */
    int column(F field) {
        return columns.getOrDefault(field, -1);
    }

    void problem(F field, String messageKey, Object... args) {
        problems.add(new CellProblem(row.number(), column(field), field, messageKey, args));
    }

    /** False, with a problem, when the value is longer than the field allows. */
    boolean checkLength(F field, String value) {
        Integer max = maxLengths.get(field);
        if (max != null && value.length() > max) {
            problem(field, "importexport.problem.too-long", max);
            return false;
        }
        return true;
    }

    /** Checks the length of each field with a maximum, read as a single value. */
    void checkLengths(Set<F> fields) {
        fields.forEach(field -> checkLength(field, text(field)));
    }

    List<CellProblem> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The fields whose cell holds something. */
    Set<F> given() {
        Set<F> given = EnumSet.noneOf(type);
        columns.forEach((field, column) -> {
            if (!row.cell(column).isBlank()) {
                given.add(field);
            }
        });
        return given;
    }

    /**
     * The value the cell names, looked up by {@link ImportLookups#key} in {@code byKey} (a country by code or name,
     * a kind by label); null when the cell is blank, and with {@code problemKey} reported when nothing matches.
     */
    <V> @Nullable V lookUp(F field, Map<String, V> byKey, String problemKey) {
        String typed = text(field);
        if (typed.isEmpty()) {
            return null;
        }
        V value = byKey.get(ImportLookups.key(typed));
        if (value == null) {
            problem(field, problemKey, typed);
        }
        return value;
    }

    /** The Interlocutor ID of an earlier export ("42", or "42.0" as a spreadsheet may give a number). */
    @Nullable Long exportId(F field) {
        String typed = text(field);
        if (typed.isEmpty()) {
            return null;
        }
        Long id = parseId(typed);
        if (id == null) {
            problem(field, "importexport.problem.bad-id", typed);
        }
        return id;
    }

    /** A positive whole number, as an ID is written; null otherwise. */
    static @Nullable Long parseId(String typed) {
        String digits = typed.strip();
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long id = Long.parseLong(digits);
        return id > 0 ? id : null;
    }

    /** A rejected row's name from its first cells, since no record could be made of it. */
    static String labelOf(SpreadsheetRow row) {
        return row.cells().stream().filter(cell -> !cell.isBlank()).limit(2).reduce((a, b) -> a + " " + b)
                .orElse("");
    }
}
