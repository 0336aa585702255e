package org.interlocutor.engagement;

import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.contact.ContactSensitivityChanged;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every engagement at least as sensitive as its most sensitive participant when a contact is made more
 * sensitive: in the contact's own transaction, whether or not the editor may see those engagements. An engagement
 * made confidential so has its notes and outcome encrypted, and its notes' search words dropped, in that transaction.
 */
@Component
class ContactSensitivityListener {

    private final EngagementRepository engagements;
    private final EngagementKeyWriter keyWriter;
    private final FieldEncryption encryption;

    ContactSensitivityListener(EngagementRepository engagements, EngagementKeyWriter keyWriter,
                               FieldEncryption encryption) {
        this.engagements = engagements;
        this.keyWriter = keyWriter;
        this.encryption = encryption;
    }

    @EventListener
    void on(ContactSensitivityChanged change) {
        for (Engagement engagement : engagements.findAllById(engagements.idsWithParticipant(change.contactId()))) {
            if (change.sensitivity().compareTo(engagement.sensitivity()) > 0) {
                boolean wasEncrypted = FieldEncryption.appliesTo(engagement.sensitivity());
                engagement.raiseSensitivity(change.sensitivity(), encryption);
                engagements.save(engagement);
                keyWriter.setSensitivity(engagement.id(), engagement.sensitivity());
                if (!wasEncrypted && FieldEncryption.appliesTo(engagement.sensitivity()) && !engagement.archived()) {
                    // deleted engagements have no keys to change
                    Set<String> titleWords = EngagementKeys.words(engagement.title()).stream()
                            .map(EngagementKeys::word).collect(Collectors.toSet());
                    keyWriter.replaceWords(engagement.id(), engagement.startedAt(), engagement.sensitivity(),
                            engagement.ownerId(), titleWords);
                }
            }
        }
        engagements.flush();
    }
}
