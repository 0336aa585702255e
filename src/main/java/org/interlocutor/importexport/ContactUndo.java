package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementService;
import org.springframework.stereotype.Component;

/**
 * Removes the contacts a batch created and restores the ones it updated. A created contact someone has since
 * logged an engagement or a follow-up with is archived rather than deleted, so that the history stays whole. An
 * updated contact gets its fields back but keeps its current sensitivity and owner: access decided since the
 * import is not taken back.
 */
@Component
class ContactUndo implements RecordUndo {

    private final ContactService contacts;
    private final EngagementService engagements;

    ContactUndo(ContactService contacts, EngagementService engagements) {
        this.contacts = contacts;
        this.engagements = engagements;
    }

    @Override
    public RecordType type() {
        return RecordType.CONTACT;
    }

    @Override
    public void undo(List<JournalEntry> entries) {
        List<JournalEntry> updated = new ArrayList<>(entries.stream().filter(entry -> !entry.created()).toList());
        // the earliest previous values win when a batch updated the same contact twice
        java.util.Collections.reverse(updated);
        for (JournalEntry entry : updated) {
            contacts.find(entry.recordId()).ifPresent(current -> {
                ContactDraft previous = ImportJournal.read(entry, ContactDraft.class)
                        .withSensitivity(current.draft().sensitivity(), current.draft().ownerId());
                contacts.update(current.id(), current.version(), previous);
            });
        }
        Set<Long> created = new HashSet<>();
        entries.stream().filter(JournalEntry::created).forEach(entry -> created.add(entry.recordId()));
        Set<Long> inUse = engagements.contactsInUse(created);
        for (Long id : inUse) {
            contacts.find(id).filter(contact -> !contact.archived())
                    .ifPresent(contact -> contacts.setArchived(id, contact.version(), true));
        }
        created.removeAll(inUse);
        List<Long> removed = List.copyOf(created);
        for (int from = 0; from < removed.size(); from += 1000) {
            contacts.removeImported(removed.subList(from, Math.min(removed.size(), from + 1000)));
        }
    }
}
