package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.interlocutor.shared.BreakGlassRecord;

/**
 * One time an administrator broke the glass on a contact: kept after the access has ended, for the owner to see.
 * The access itself is a {@link ContactGrant} of kind BREAK_GLASS, removed once it expires.
 */
@Entity
@Table(name = "contact_break_glass")
class ContactBreakGlass extends BreakGlassRecord {

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    protected ContactBreakGlass() {
        // for JPA
    }

    ContactBreakGlass(long contactId, long userId, String reason, Instant openedAt, Instant expiresAt) {
        super(userId, reason, openedAt, expiresAt);
        this.contactId = contactId;
    }

    long contactId() {
        return contactId;
    }
}
