package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a contact's influence or stance, with the values before and after: a line of the contact's
 * position history, and what the stakeholder map of an earlier date is read from. Never changed once written.
 */
@Entity
@Table(name = "contact_position_change")
class PositionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private long contactId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy = "";

    @Column(name = "influence_before", updatable = false)
    private @Nullable Integer influenceBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance_before", nullable = false, updatable = false)
    private Stance stanceBefore = Stance.UNKNOWN;

    @Column(name = "influence_after", updatable = false)
    private @Nullable Integer influenceAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance_after", nullable = false, updatable = false)
    private Stance stanceAfter = Stance.UNKNOWN;

    protected PositionChange() {
        // for JPA
    }

    PositionChange(long contactId, Instant changedAt, String changedBy, @Nullable Integer influenceBefore,
                   Stance stanceBefore, @Nullable Integer influenceAfter, Stance stanceAfter) {
        this.contactId = contactId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.influenceBefore = influenceBefore;
        this.stanceBefore = stanceBefore;
        this.influenceAfter = influenceAfter;
        this.stanceAfter = stanceAfter;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Position change not saved yet");
        }
        return id;
    }

    long contactId() {
        return contactId;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    @Nullable Integer influenceBefore() {
        return influenceBefore;
    }

    Stance stanceBefore() {
        return stanceBefore;
    }

    @Nullable Integer influenceAfter() {
        return influenceAfter;
    }

    Stance stanceAfter() {
        return stanceAfter;
    }
}
