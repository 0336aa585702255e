package org.interlocutor.importexport;

import java.util.List;
import java.util.Objects;
import org.interlocutor.contact.ContactService;
import org.springframework.stereotype.Component;

/** Removes the affiliations a batch added to existing contacts (those of contacts it created go with them). */
@Component
class AffiliationUndo implements RecordUndo {

    private final ContactService contacts;

    AffiliationUndo(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public RecordType type() {
        return RecordType.AFFILIATION;
    }

    @Override
    public void undo(List<JournalEntry> entries) {
        for (JournalEntry entry : entries) {
            contacts.removeImportedAffiliation(Objects.requireNonNull(entry.ownerId()), entry.recordId());
        }
    }
}
