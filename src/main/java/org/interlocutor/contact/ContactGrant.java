package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.interlocutor.shared.GrantKind;
import org.jspecify.annotations.Nullable;

/**
 * A user allowed to see a RESTRICTED or CONFIDENTIAL contact besides its owner: granted by hand, or by an
 * administrator breaking the glass, until {@code expiresAt}.
 */
@Embeddable
class ContactGrant {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy = "";

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private GrantKind kind = GrantKind.GRANT;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    protected ContactGrant() {
        // for JPA
    }

    ContactGrant(long userId, String grantedBy, Instant grantedAt) {
        this.userId = userId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    static ContactGrant breakGlass(long userId, String by, Instant at, Instant until) {
        ContactGrant grant = new ContactGrant(userId, by, at);
        grant.kind = GrantKind.BREAK_GLASS;
        grant.expiresAt = until;
        return grant;
    }

    long userId() {
        return userId;
    }

    String grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    GrantKind kind() {
        return kind;
    }

    /** A break-glass access whose time is over (the scheduled sweep may not have removed it yet). */
    boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactGrant grant && grant.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }
}
