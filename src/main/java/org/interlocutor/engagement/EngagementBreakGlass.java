package org.interlocutor.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.interlocutor.shared.BreakGlassRecord;

/**
 * One time an administrator broke the glass on an engagement: kept after the access has ended, for the engagement's
 * owner to see. The access itself is an {@link EngagementGrant} of kind BREAK_GLASS, removed once it expires.
 */
@Entity
@Table(name = "engagement_break_glass")
class EngagementBreakGlass extends BreakGlassRecord {

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    protected EngagementBreakGlass() {
        // for JPA
    }

    EngagementBreakGlass(long engagementId, long userId, String reason, Instant openedAt, Instant expiresAt) {
        super(userId, reason, openedAt, expiresAt);
        this.engagementId = engagementId;
    }

    long engagementId() {
        return engagementId;
    }
}
