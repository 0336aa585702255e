package org.interlocutor.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One time an administrator broke the glass on a record: who, why, when and until when, kept after the access has
 * ended for the record's owner to see. Each kind of record keeps these in a table of its own, with its record's id.
 */
@MappedSuperclass
public abstract class BreakGlassRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String reason = "";

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    protected BreakGlassRecord() {
        // for JPA
    }

    protected BreakGlassRecord(long userId, String reason, Instant openedAt, Instant expiresAt) {
        this.userId = userId;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    public long userId() {
        return userId;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
