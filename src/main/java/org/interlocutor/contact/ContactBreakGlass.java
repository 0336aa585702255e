package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One time an administrator broke the glass on a contact: kept after the access has ended, for the owner to see.
 * The access itself is a {@link ContactGrant} of kind BREAK_GLASS, removed once it expires.
 */
@Entity
@Table(name = "contact_break_glass")
class ContactBreakGlass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String reason = "";

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    protected ContactBreakGlass() {
        // for JPA
    }

    ContactBreakGlass(long contactId, long userId, String reason, Instant openedAt, Instant expiresAt) {
        this.contactId = contactId;
        this.userId = userId;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    long contactId() {
        return contactId;
    }

    long userId() {
        return userId;
    }

    String reason() {
        return reason;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
