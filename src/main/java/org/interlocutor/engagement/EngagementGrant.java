package org.interlocutor.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.interlocutor.shared.GrantKind;
import org.jspecify.annotations.Nullable;

/**
 * A colleague allowed to read a RESTRICTED or CONFIDENTIAL engagement besides those its content names: granted by
 * hand by whoever manages its access, or opened by an administrator breaking the glass until {@code expiresAt}. The
 * visibility rule does not read this table: every grantee is also one of the engagement's readers in
 * {@code engagement_access} ({@link EngagementAccess} keeps the two in step).
 */
@Entity
@Table(name = "engagement_grant")
@IdClass(EngagementGrant.Key.class)
class EngagementGrant {

    @Id
    @Column(name = "engagement_id")
    private long engagementId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantKind kind = GrantKind.GRANT;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy = "";

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt = Instant.EPOCH;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    protected EngagementGrant() {
        // for JPA
    }

    private EngagementGrant(long engagementId, long userId, GrantKind kind, String grantedBy, Instant grantedAt,
                            @Nullable Instant expiresAt) {
        this.engagementId = engagementId;
        this.userId = userId;
        this.kind = kind;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    static EngagementGrant byHand(long engagementId, long userId, String by, Instant at) {
        return new EngagementGrant(engagementId, userId, GrantKind.GRANT, by, at, null);
    }

    static EngagementGrant breakGlass(long engagementId, long userId, String by, Instant at, Instant until) {
        return new EngagementGrant(engagementId, userId, GrantKind.BREAK_GLASS, by, at, until);
    }

    /** Makes a break-glass access a lasting grant, or opens a new break-glass period. */
    void replaceWith(EngagementGrant other) {
        this.kind = other.kind;
        this.grantedBy = other.grantedBy;
        this.grantedAt = other.grantedAt;
        this.expiresAt = other.expiresAt;
    }

    long engagementId() {
        return engagementId;
    }

    long userId() {
        return userId;
    }

    GrantKind kind() {
        return kind;
    }

    String grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    /** A break-glass access whose time is over (the scheduled sweep may not have removed it yet). */
    boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    record Key(long engagementId, long userId) implements Serializable {
    }
}
