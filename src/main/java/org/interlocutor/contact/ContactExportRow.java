package org.interlocutor.contact;

import java.util.List;

/** A contact as an export writes it: the list's row, and every email, phone and language, the main ones first. */
public record ContactExportRow(ContactRow row, List<String> emails, List<String> phones, List<String> languages) {

    public ContactExportRow {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        languages = List.copyOf(languages);
    }
}
