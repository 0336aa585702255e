package org.interlocutor.importexport;

import java.util.Locale;
import java.util.regex.Pattern;
import org.interlocutor.shared.SearchPatterns;
import org.jspecify.annotations.Nullable;

/**
 * How to open a letter to someone, in English or French, from their title and position: "Your Excellency" /
 * "Excellence" for an ambassador or a head of state, "Dear Judge Diallo" / "Madame la Juge" for a judge, "Dear
 * Prosecutor" / "Monsieur le Procureur", then by Ms or Mr, and a neutral form when nothing tells. Titles and
 * positions are matched without case or accents, in both languages.
 */
final class Salutations {

    private static final Pattern EXCELLENCY = Pattern.compile(
            "\\b(h\\s*e|s\\s*e|his excellency|her excellency|son excellence|ambassador|ambassadeur|ambassadrice"
                    + "|permanent representative|representant permanent|representante permanente|head of state"
                    + "|chef de l etat)\\b");
    private static final Pattern JUDGE = Pattern.compile("\\b(judge|juge)\\b");
    private static final Pattern PROSECUTOR = Pattern.compile("\\b(prosecutor|procureur|procureure)\\b");
    private static final Pattern DOCTOR = Pattern.compile("^(dr|doctor|docteur|docteure|prof|professor|professeur"
            + "|professeure)\\b");
    private static final Pattern WOMAN = Pattern.compile("^(ms|mrs|miss|mme|madame|mlle|mademoiselle)\\b");
    private static final Pattern MAN = Pattern.compile("^(mr|m|monsieur)\\b");

    private Salutations() {
    }

    /** The opening line, without the comma, in French when {@code language} is French, else in English. */
    static String salutation(@Nullable String honorific, @Nullable String jobTitle, String familyName,
                             Locale language) {
        boolean french = Locale.FRENCH.getLanguage().equals(language.getLanguage());
        String title = words(honorific);
        String position = words(jobTitle);
        String both = title + " " + position;
        Gender gender = WOMAN.matcher(title).find() ? Gender.WOMAN : MAN.matcher(title).find() ? Gender.MAN
                : Gender.UNKNOWN;
        if (EXCELLENCY.matcher(both).find()) {
            return french ? "Excellence" : "Your Excellency";
        }
        if (JUDGE.matcher(both).find()) {
            return french ? gender.french("Madame la Juge", "Monsieur le Juge", "Madame la Juge, Monsieur le Juge")
                    : "Dear Judge " + familyName;
        }
        if (PROSECUTOR.matcher(both).find()) {
            return french ? gender.french("Madame la Procureure", "Monsieur le Procureur",
                    "Madame la Procureure, Monsieur le Procureur") : "Dear Prosecutor";
        }
        if (DOCTOR.matcher(title).find()) {
            return french ? gender.french("Madame", "Monsieur", "Madame, Monsieur")
                    : (title.startsWith("prof") ? "Dear Professor " : "Dear Dr ") + familyName;
        }
        return switch (gender) {
            case WOMAN -> french ? "Madame" : "Dear Ms " + familyName;
            case MAN -> french ? "Monsieur" : "Dear Mr " + familyName;
            case UNKNOWN -> french ? "Madame, Monsieur" : "Dear " + familyName;
        };
    }

    /** "H.E. Ms Amina Diallo": the name as the address and the list show it. */
    static String formalName(@Nullable String honorific, String givenName, String familyName) {
        String name = givenName + " " + familyName;
        return honorific == null || honorific.isBlank() ? name.strip() : (honorific.strip() + " " + name).strip();
    }

    private static String words(@Nullable String text) {
        return text == null ? "" : SearchPatterns.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private enum Gender {
        WOMAN,
        MAN,
        UNKNOWN;

        String french(String woman, String man, String unknown) {
            return this == WOMAN ? woman : this == MAN ? man : unknown;
        }
    }
}
