package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.jspecify.annotations.Nullable;

/**
 * What an imported row changes in the contact it matches. UPDATE overwrites a field with the row's value when the
 * row has one; FILL only sets fields that are empty. Lists (emails, phones, languages, tags) gain the row's values
 * they lack: with UPDATE always, with FILL only when empty. Sensitivity and owner never change: an import does not
 * decide who may see an existing person.
 */
final class ContactMerge {

    record Merged(ContactDraft draft, List<FieldChange> changes) {
    }

    private final ContactDraft existing;
    private final ContactDraft row;
    private final Set<ContactField> given;
    private final boolean overwrite;
    private final Function<Object, String> text;
    private final List<FieldChange> changes = new ArrayList<>();

    private ContactMerge(ContactDraft existing, ContactDraft row, Set<ContactField> given, DuplicateMode mode,
                         Function<Object, String> text) {
        this.existing = existing;
        this.row = row;
        this.given = given;
        this.overwrite = mode == DuplicateMode.UPDATE;
        this.text = text;
    }

    /** {@code text} shows a value as the preview does (labels in the person's language). */
    static Merged merge(ContactDraft existing, ContactDraft row, Set<ContactField> given, DuplicateMode mode,
                        Function<Object, String> text) {
        return new ContactMerge(existing, row, given, mode, text).merged();
    }

    private Merged merged() {
        ContactDraft merged = new ContactDraft(
                value(ContactField.HONORIFIC, existing.honorific(), row.honorific()),
                Objects.requireNonNull(value(ContactField.GIVEN_NAME, existing.givenName(), row.givenName())),
                Objects.requireNonNull(value(ContactField.FAMILY_NAME, existing.familyName(), row.familyName())),
                value(ContactField.JOB_TITLE, existing.jobTitle(), row.jobTitle()),
                Objects.requireNonNull(value(ContactField.CATEGORY,
                        existing.category() == StakeholderCategory.OTHER ? null : existing.category(),
                        row.category(), existing.category())),
                value(ContactField.COUNTRY, existing.countryCode(), row.countryCode()),
                value(ContactField.CORRESPONDENCE_LANGUAGE, existing.correspondenceLanguage(),
                        row.correspondenceLanguage()),
                list(ContactField.LANGUAGES, existing.languages(), row.languages(), Function.identity()),
                emails(), phones(), existing.ownerId(),
                value(ContactField.INFLUENCE, existing.influence(), row.influence()),
                Objects.requireNonNull(value(ContactField.STANCE,
                        existing.stance() == Stance.UNKNOWN ? null : existing.stance(), row.stance(),
                        existing.stance())),
                existing.sensitivity(),
                value(ContactField.LAWFUL_BASIS, existing.lawfulBasis(), row.lawfulBasis()),
                value(ContactField.CONSENT_NOTE, existing.consentNote(), row.consentNote()),
                list(ContactField.TAGS, existing.tags(), row.tags(), tag -> tag.strip().toLowerCase(java.util.Locale.ROOT)));
        return new Merged(merged, List.copyOf(changes));
    }

    private <T> @Nullable T value(ContactField field, @Nullable T current, @Nullable T offered) {
        return value(field, current, offered, current);
    }

    /** {@code current} is null when the field counts as empty; {@code kept} is what stays when nothing changes. */
    private <T> @Nullable T value(ContactField field, @Nullable T current, @Nullable T offered, @Nullable T kept) {
        if (!given.contains(field) || offered == null || Objects.equals(offered, kept)) {
            return kept;
        }
        if (current != null && !overwrite) {
            return kept;
        }
        changes.add(new FieldChange(field, kept == null ? "" : text.apply(kept), text.apply(offered)));
        return offered;
    }

    private <T> Set<T> list(ContactField field, Set<T> current, Set<T> offered, Function<T, String> key) {
        if (!given.contains(field) || (!current.isEmpty() && !overwrite)) {
            return current;
        }
        Set<String> keys = new LinkedHashSet<>();
        current.forEach(value -> keys.add(key.apply(value)));
        Set<T> merged = new LinkedHashSet<>(current);
        offered.stream().filter(value -> keys.add(key.apply(value))).forEach(merged::add);
        if (merged.size() > current.size()) {
            changes.add(new FieldChange(field, join(current), join(merged)));
        }
        return merged;
    }

    private List<EmailEntry> emails() {
        if (!given.contains(ContactField.EMAIL) || (!existing.emails().isEmpty() && !overwrite)) {
            return existing.emails();
        }
        Set<String> keys = new LinkedHashSet<>();
        existing.emails().forEach(email -> keys.add(email.email().strip().toLowerCase(java.util.Locale.ROOT)));
        List<EmailEntry> merged = new ArrayList<>(existing.emails());
        for (EmailEntry email : row.emails()) {
            if (keys.add(email.email().strip().toLowerCase(java.util.Locale.ROOT))) {
                merged.add(new EmailEntry(email.email(), null, merged.isEmpty()));
            }
        }
        if (merged.size() > existing.emails().size()) {
            changes.add(new FieldChange(ContactField.EMAIL, join(existing.emails().stream().map(EmailEntry::email)
                    .toList()), join(merged.stream().map(EmailEntry::email).toList())));
        }
        return merged;
    }

    private List<PhoneEntry> phones() {
        if (!given.contains(ContactField.PHONE) || (!existing.phones().isEmpty() && !overwrite)) {
            return existing.phones();
        }
        Set<String> keys = new LinkedHashSet<>();
        existing.phones().forEach(phone -> keys.add(phone.phone().replaceAll("[^+0-9]", "")));
        List<PhoneEntry> merged = new ArrayList<>(existing.phones());
        for (PhoneEntry phone : row.phones()) {
            if (keys.add(phone.phone().replaceAll("[^+0-9]", ""))) {
                merged.add(new PhoneEntry(phone.phone(), null, merged.isEmpty()));
            }
        }
        if (merged.size() > existing.phones().size()) {
            changes.add(new FieldChange(ContactField.PHONE, join(existing.phones().stream().map(PhoneEntry::phone)
                    .toList()), join(merged.stream().map(PhoneEntry::phone).toList())));
        }
        return merged;
    }

    private static String join(java.util.Collection<?> values) {
        return String.join("; ", values.stream().map(String::valueOf).toList());
    }
}
