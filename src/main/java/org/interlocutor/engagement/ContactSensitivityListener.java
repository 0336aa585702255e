package org.interlocutor.engagement;

import org.interlocutor.contact.ContactSensitivityChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every engagement at least as sensitive as its most sensitive participant when a contact is made more
 * sensitive: in the contact's own transaction, whether or not the editor may see those engagements.
 */
@Component
class ContactSensitivityListener {

    private final EngagementRepository engagements;
    private final EngagementKeyWriter keyWriter;

    ContactSensitivityListener(EngagementRepository engagements, EngagementKeyWriter keyWriter) {
        this.engagements = engagements;
        this.keyWriter = keyWriter;
    }

    @EventListener
    void on(ContactSensitivityChanged change) {
        for (Engagement engagement : engagements.findAllById(engagements.idsWithParticipant(change.contactId()))) {
            if (change.sensitivity().compareTo(engagement.sensitivity()) > 0) {
                engagement.raiseSensitivity(change.sensitivity());
                engagements.save(engagement);
                keyWriter.setSensitivity(engagement.id(), engagement.sensitivity());
            }
        }
        engagements.flush();
    }
}
