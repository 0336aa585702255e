package org.interlocutor.engagement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.interlocutor.shared.audit.RecordFields;
import org.jspecify.annotations.Nullable;

/** An action agreed or needed after an engagement: what, who does it, by when, and whom it concerns. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    /** The audit trail's name for the ids of the people a follow-up concerns. */
    static final String CONTACTS = "contacts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(nullable = false)
    private String description = "";

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "follow_up_contact", joinColumns = @JoinColumn(name = "follow_up_id"))
    @Column(name = "contact_id")
    private Set<Long> contactIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(long engagementId, FollowUpDraft draft, Set<Long> contacts, Instant now, String by) {
        this.engagementId = engagementId;
        this.description = draft.description().strip();
        this.assigneeId = draft.assigneeId();
        this.dueOn = draft.dueOn();
        this.contactIds = new HashSet<>(contacts);
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void close(FollowUpStatus closedStatus, Instant now, String by) {
        this.status = closedStatus;
        this.closedAt = closedStatus == FollowUpStatus.OPEN ? null : now;
        touch(now, by);
    }

    void reassign(long newAssigneeId, Instant now, String by) {
        this.assigneeId = newAssigneeId;
        touch(now, by);
    }

    void reschedule(LocalDate newDueOn, Instant now, String by) {
        this.dueOn = newDueOn;
        touch(now, by);
    }

    /** What can change about a follow-up, as the audit trail compares it; people by id. */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("engagement", engagementId)
                .put("description", description)
                .put("assignee", assigneeId)
                .put("dueOn", dueOn)
                .put("status", status)
                .put(CONTACTS, contactIds);
    }

    private void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("follow-up not saved yet");
        }
        return id;
    }

    long engagementId() {
        return engagementId;
    }

    String description() {
        return description;
    }

    long assigneeId() {
        return assigneeId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    FollowUpStatus status() {
        return status;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    Set<Long> contactIds() {
        return Set.copyOf(contactIds);
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
