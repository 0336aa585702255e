package org.interlocutor.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns what a person typed into a search box into a LIKE pattern for {@code like :pattern escape '!'}: lower case,
 * wildcards typed by the person taken literally.
 */
public final class SearchPatterns {

    private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchPatterns() {
    }

    /** {@code ""} when nothing was typed, so that queries can test {@code :pattern = ''}. */
    public static String contains(String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return "";
        }
        return "%" + escape(text) + "%";
    }

    /** Like {@link #contains}, for the search columns the application keeps folded: "Jose" finds "José". */
    public static String foldedContains(String typed) {
        return contains(fold(typed));
    }

    /** Lower case without accents, as kept in the search columns: "José Ñúñez" becomes "jose nunez". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    /** The distinct words of a text, folded, each cut to {@code maxLength}: what word-start search indexes. */
    public static java.util.Set<String> words(String text, int maxLength) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String word : WORD_BREAK.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word.length() <= maxLength ? word : word.substring(0, maxLength));
            }
        }
        return words;
    }

    /** A LIKE pattern matching what starts with the text: "amn" finds "amnesty". */
    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
