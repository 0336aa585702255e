package org.interlocutor.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.interlocutor.shared.audit.RecordFields;
import org.jspecify.annotations.Nullable;

/** An outreach plan. Its targets are rows of their own ({@link OutreachTarget}); its progress is nowhere stored. */
@Entity
@Table(name = "outreach_plan")
class OutreachPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(nullable = false)
    private String name = "";

    @Column(name = "officer_id", nullable = false)
    private long officerId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "target_on", nullable = false)
    private LocalDate targetOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutreachPriority priority = OutreachPriority.MEDIUM;

    private @Nullable String notes;

    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    protected OutreachPlan() {
        // for JPA
    }

    OutreachPlan(long campaignId, OutreachPlanDraft draft, Instant now, String by) {
        this.campaignId = campaignId;
        apply(draft);
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void apply(OutreachPlanDraft draft) {
        this.name = draft.name().strip();
        this.officerId = draft.officerId();
        this.startsOn = draft.startsOn();
        this.targetOn = draft.targetOn();
        this.priority = draft.priority();
        this.notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** What a manager enters, as the audit trail compares it before and after a change. */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("campaign", campaignId)
                .put("name", name)
                .put("officer", officerId)
                .put("startsOn", startsOn)
                .put("targetOn", targetOn)
                .put("priority", priority)
                .put("notes", notes)
                .put("archived", archived);
    }

    void setArchived(boolean archived, Instant now, String by) {
        this.archived = archived;
        touch(now, by);
    }

    /** The first moment whose engagements count towards the plan: the start of its first day, in UTC. */
    Instant countsFrom() {
        return startsOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the target date is behind us on this day: every target not reached by then is overdue. */
    boolean pastTargetDate(LocalDate today) {
        return today.isAfter(targetOn);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Outreach plan not saved yet");
        }
        return id;
    }

    long campaignId() {
        return campaignId;
    }

    String name() {
        return name;
    }

    long officerId() {
        return officerId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate targetOn() {
        return targetOn;
    }

    OutreachPriority priority() {
        return priority;
    }

    @Nullable String notes() {
        return notes;
    }

    boolean archived() {
        return archived;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    long version() {
        return version;
    }
}
