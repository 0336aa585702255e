package org.interlocutor.importexport;

/**
 * Text that a spreadsheet program would take for a formula when it opens an export: it starts with = + - @, a tab
 * or a line break, or their full-width forms (which some programs fold to the plain ones). Such a cell is written
 * as text Excel will not evaluate (the quote-prefix style in .xlsx, a leading apostrophe in .csv).
 */
final class FormulaSafety {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaSafety() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** For .csv: the text with an apostrophe in front when it looks like a formula. */
    static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** For reading back an export: the apostrophe {@link #neutralised} added, taken away. */
    static String restored(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1))
                ? text.substring(1) : text;
    }
}
