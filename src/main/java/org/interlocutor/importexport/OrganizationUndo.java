package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * Removes the organisations a batch created, unless someone is affiliated to one or an engagement is filed under
 * it since (those stay), and restores the ones it updated.
 */
@Component
class OrganizationUndo implements RecordUndo {

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final EngagementService engagements;

    OrganizationUndo(OrganizationService organizations, ContactService contacts, EngagementService engagements) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.engagements = engagements;
    }

    @Override
    public RecordType type() {
        return RecordType.ORGANIZATION;
    }

    @Override
    public void undo(List<JournalEntry> entries) {
        List<JournalEntry> updated = new ArrayList<>(entries.stream().filter(entry -> !entry.created()).toList());
        Collections.reverse(updated);
        for (JournalEntry entry : updated) {
            organizations.find(entry.recordId()).ifPresent(current -> organizations.update(current.id(),
                    current.version(), ImportJournal.read(entry, OrganizationDraft.class)));
        }
        Set<Long> created = new HashSet<>();
        entries.stream().filter(JournalEntry::created).forEach(entry -> created.add(entry.recordId()));
        created.removeAll(contacts.organizationsWithAffiliations(created));
        created.removeAll(engagements.organizationsInUse(created));
        organizations.removeImported(created);
    }
}
