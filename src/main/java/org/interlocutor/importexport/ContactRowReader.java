package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads one row of a contacts file, through the columns' mapping, into a {@link ContactCandidate}: names (split
 * from a full name when only that is given), emails and phones (several in a cell, separated by ";" or ","), a
 * country by ISO code or English or French name, a category by its English or French label, languages by code or
 * name, tags. Each unreadable cell becomes a {@link CellProblem}; the lengths are those the contact form allows.
 */
@Component
class ContactRowReader {

        /** An email address as the contact form accepts it. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    /** As the contact form accepts them. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{3,50}");
    private static final Map<ContactField, Integer> MAX_LENGTH = Map.of(ContactField.HONORIFIC, 40,
            ContactField.GIVEN_NAME, 100, ContactField.FAMILY_NAME, 100, ContactField.JOB_TITLE, 200,
            ContactField.ORGANIZATION, 300, ContactField.EMAIL, 254, ContactField.PHONE, 50, ContactField.TAGS, 60,
            ContactField.CONSENT_NOTE, 1000);

    private final ImportLookups lookups;

    ContactRowReader(ImportLookups lookups) {
        this.lookups = lookups;
    }

    /** A reader for one import: the country and category names are looked up once. */
    RowReading start(Map<Integer, ContactField> mapping, Sensitivity sensitivity) {
        return new RowReading(mapping, sensitivity, lookups.countryCodesByName(),
                lookups.byLabel(StakeholderCategory.values()), lookups.byLabel(Stance.values()),
                lookups.byLabel(LawfulBasis.values()));
    }

    final class RowReading {

        private final Map<Integer, ContactField> mapping;
        private final Sensitivity sensitivity;
        private final Map<String, String> countryCodes;
        private final Map<String, StakeholderCategory> categories;
        private final Map<String, Stance> stances;
        private final Map<String, LawfulBasis> lawfulBases;

        private RowReading(Map<Integer, ContactField> mapping, Sensitivity sensitivity,
                           Map<String, String> countryCodes, Map<String, StakeholderCategory> categories,
                           Map<String, Stance> stances, Map<String, LawfulBasis> lawfulBases) {
            this.mapping = Map.copyOf(mapping);
            this.sensitivity = sensitivity;
            this.countryCodes = countryCodes;
            this.categories = categories;
            this.stances = stances;
            this.lawfulBases = lawfulBases;
        }

        ContactCandidate read(SpreadsheetRow row) {
            RowCells<ContactField> cells = new RowCells<>(row, ContactField.class, mapping, MAX_LENGTH);
            String givenName = cells.text(ContactField.GIVEN_NAME);
            String familyName = cells.text(ContactField.FAMILY_NAME);
            if (givenName.isEmpty() && familyName.isEmpty()) {
                String[] split = splitFullName(cells.text(ContactField.FULL_NAME));
                givenName = split[0];
                familyName = split[1];
            }
            if (familyName.isEmpty()) {
                cells.problem(fieldOr(ContactField.FAMILY_NAME, ContactField.FULL_NAME), "importexport.problem.required");
            }
            if (givenName.isEmpty()) {
                cells.problem(fieldOr(ContactField.GIVEN_NAME, ContactField.FULL_NAME), "importexport.problem.required");
            }
            for (ContactField field : MAX_LENGTH.keySet()) {
                if (field != ContactField.EMAIL && field != ContactField.PHONE && field != ContactField.TAGS) {
                    cells.checkLength(field, cells.text(field));
                }
            }
            for (ContactField field : List.of(ContactField.EMAIL, ContactField.PHONE, ContactField.LANGUAGES)) {
                if (cells.list(field).size() > ContactDraft.MAX_POINTS) {
                    cells.problem(field, "importexport.problem.too-many", ContactDraft.MAX_POINTS);
                }
            }
            List<EmailEntry> emails = new ArrayList<>();
            for (String email : cells.list(ContactField.EMAIL)) {
                if (!EMAIL.matcher(email).matches()) {
                    cells.problem(ContactField.EMAIL, "importexport.problem.bad-email", email);
                } else if (cells.checkLength(ContactField.EMAIL, email)) {
                    emails.add(new EmailEntry(email, null, emails.isEmpty()));
                }
            }
            List<PhoneEntry> phones = new ArrayList<>();
            for (String phone : cells.list(ContactField.PHONE)) {
                if (!PHONE.matcher(phone).matches()) {
                    cells.problem(ContactField.PHONE, "importexport.problem.bad-phone", phone);
                } else if (cells.checkLength(ContactField.PHONE, phone)) {
                    phones.add(new PhoneEntry(phone, null, phones.isEmpty()));
                }
            }
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : cells.list(ContactField.TAGS)) {
                if (cells.checkLength(ContactField.TAGS, tag)) {
                    tags.add(tag);
                }
            }
            String countryCode = cells.lookUp(ContactField.COUNTRY, countryCodes,
                    "importexport.problem.unknown-country");
            StakeholderCategory category = cells.lookUp(ContactField.CATEGORY, categories,
                    "importexport.problem.unknown-category");
            Set<String> languages = languages(cells);
            String correspondenceLanguage = correspondenceLanguage(cells);
            Stance stance = cells.lookUp(ContactField.STANCE, stances, "importexport.problem.unknown-stance");
            LawfulBasis lawfulBasis = cells.lookUp(ContactField.LAWFUL_BASIS, lawfulBases,
                    "importexport.problem.unknown-lawful-basis");
            Integer influence = influence(cells);
            Long exportId = cells.exportId(ContactField.ID);
            String organization = cells.text(ContactField.ORGANIZATION);
            Set<ContactField> given = cells.given();
            if (given.remove(ContactField.FULL_NAME)) {
                given.add(ContactField.GIVEN_NAME);
                given.add(ContactField.FAMILY_NAME);
            }
            if (cells.hasProblems()) {
                return new ContactCandidate(row.number(), null, blankToNull(organization), exportId, cells.problems(),
                        given);
            }
            ContactDraft draft = new ContactDraft(blankToNull(cells.text(ContactField.HONORIFIC)), givenName,
                    familyName, blankToNull(cells.text(ContactField.JOB_TITLE)),
                    category == null ? StakeholderCategory.OTHER : category, countryCode,
                    correspondenceLanguage, languages, emails, phones, null, influence,
                    stance == null ? Stance.UNKNOWN : stance, sensitivity, lawfulBasis,
                    blankToNull(cells.text(ContactField.CONSENT_NOTE)), tags);
            return new ContactCandidate(row.number(), draft, blankToNull(organization), exportId, List.of(), given);
        }

        private ContactField fieldOr(ContactField preferred, ContactField otherwise) {
            return mapping.containsValue(preferred) || !mapping.containsValue(otherwise) ? preferred : otherwise;
        }

        private @Nullable String correspondenceLanguage(RowCells<ContactField> cells) {
            String typed = cells.text(ContactField.CORRESPONDENCE_LANGUAGE);
            if (typed.isEmpty()) {
                return null;
            }
            Optional<String> code = languageCode(typed);
            if (code.isEmpty()) {
                cells.problem(ContactField.CORRESPONDENCE_LANGUAGE, "importexport.problem.unknown-language", typed);
            }
            return code.orElse(null);
        }

        private @Nullable Integer influence(RowCells<ContactField> cells) {
            String typed = cells.text(ContactField.INFLUENCE);
            if (typed.isEmpty()) {
                return null;
            }
            String digits = typed.endsWith(".0") ? typed.substring(0, typed.length() - 2) : typed;
            if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '5') {
                return digits.charAt(0) - '0';
            }
            cells.problem(ContactField.INFLUENCE, "importexport.problem.bad-influence", typed);
            return null;
        }

        private Set<String> languages(RowCells<ContactField> cells) {
            Set<String> codes = new LinkedHashSet<>();
            for (String typed : cells.list(ContactField.LANGUAGES)) {
                Optional<String> code = languageCode(typed);
                if (code.isPresent()) {
                    codes.add(code.get());
                } else {
                    cells.problem(ContactField.LANGUAGES, "importexport.problem.unknown-language", typed);
                }
            }
            return codes;
        }
    }

    /** "Diallo, Amina" (family name first) or "Amina Diallo" (family name last). */
    static String[] splitFullName(String fullName) {
        String name = fullName.strip().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new String[] {name.substring(comma + 1).strip(), name.substring(0, comma).strip()};
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {"", name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    /** A language by its ISO 639-1 code, or its English or French name ("French", "anglais"). */
    static Optional<String> languageCode(String typed) {
        String wanted = key(typed);
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            if (wanted.equals(code) || wanted.equals(key(language.getDisplayLanguage(Locale.ENGLISH)))
                    || wanted.equals(key(language.getDisplayLanguage(Locale.FRENCH)))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return ImportLookups.key(text);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
