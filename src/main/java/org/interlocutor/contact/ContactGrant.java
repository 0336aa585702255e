package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A user allowed to see a RESTRICTED or CONFIDENTIAL contact besides its owner. */
@Embeddable
class ContactGrant {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy = "";

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt = Instant.EPOCH;

    protected ContactGrant() {
        // for JPA
    }

    ContactGrant(long userId, String grantedBy, Instant grantedAt) {
        this.userId = userId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactGrant grant && grant.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }
}
