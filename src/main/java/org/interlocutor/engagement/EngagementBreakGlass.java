package org.interlocutor.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One time an administrator broke the glass on an engagement: kept after the access has ended, for the engagement's
 * owner to see. The access itself is an {@link EngagementGrant} of kind BREAK_GLASS, removed once it expires.
 */
@Entity
@Table(name = "engagement_break_glass")
class EngagementBreakGlass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String reason = "";

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    protected EngagementBreakGlass() {
        // for JPA
    }

    EngagementBreakGlass(long engagementId, long userId, String reason, Instant openedAt, Instant expiresAt) {
        this.engagementId = engagementId;
        this.userId = userId;
        this.reason = reason;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    long engagementId() {
        return engagementId;
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
