package org.interlocutor.importexport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.shared.Sensitivity;
import org.springframework.stereotype.Component;

/**
 * Removes the engagements a batch created, for good (with their links, keys and follow-ups; their participants'
 * last-engagement dates are set again), and restores the ones it updated from the values before. A restored
 * engagement keeps its current sensitivity when it was raised since: access narrowed since the import is not
 * widened again. An updated engagement the person undoing may no longer see is left as it is.
 */
@Component
class EngagementUndo implements RecordUndo {

    private final EngagementService engagements;
    private final ContactService contacts;

    EngagementUndo(EngagementService engagements, ContactService contacts) {
        this.engagements = engagements;
        this.contacts = contacts;
    }

    @Override
    public RecordType type() {
        return RecordType.ENGAGEMENT;
    }

    @Override
    public void undo(List<JournalEntry> entries) {
        List<JournalEntry> updated = new ArrayList<>(entries.stream().filter(entry -> !entry.created()).toList());
        // the earliest previous values win when a batch updated the same engagement twice
        Collections.reverse(updated);
        for (JournalEntry entry : updated) {
            engagements.find(entry.recordId()).ifPresent(current -> {
                EngagementDraft previous = ImportJournal.read(entry, EngagementDraft.class);
                Sensitivity now = current.row().sensitivity();
                Sensitivity kept = now.compareTo(previous.sensitivity()) > 0 ? now : previous.sensitivity();
                // participants the person undoing may not see stay on the engagement through the update itself
                Set<Long> visible = new LinkedHashSet<>();
                contacts.rowsOf(previous.participantIds()).stream().map(ContactRow::id).forEach(visible::add);
                engagements.update(current.id(), current.version(),
                        previous.withParticipants(visible).withSensitivity(kept));
            });
        }
        List<Long> created = entries.stream().filter(JournalEntry::created).map(JournalEntry::recordId).toList();
        for (int from = 0; from < created.size(); from += 1000) {
            engagements.removeImported(created.subList(from, Math.min(created.size(), from + 1000)));
        }
    }
}
