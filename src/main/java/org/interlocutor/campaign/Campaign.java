package org.interlocutor.campaign;

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
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.audit.RecordFields;
import org.jspecify.annotations.Nullable;

/** A campaign. Other features see it through {@link CampaignRow} and {@link CampaignDetails}. */
@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name = "";

    private @Nullable String description;

    private @Nullable String objectives;

    @Column(name = "starts_on")
    private @Nullable LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status = CampaignStatus.PLANNED;

    /** The name folded (lower case, no accents): what lists sort by and searches match. */
    @Column(name = "sort_name", nullable = false)
    private String sortName = "";

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

    protected Campaign() {
        // for JPA
    }

    Campaign(CampaignDraft draft, Instant now, String by) {
        apply(draft);
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void apply(CampaignDraft draft) {
        this.name = draft.name().strip();
        this.description = blankToNull(draft.description());
        this.objectives = blankToNull(draft.objectives());
        this.startsOn = draft.startsOn();
        this.endsOn = draft.endsOn();
        this.status = draft.status();
        this.sortName = SearchPatterns.fold(name);
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void setArchived(boolean archived, Instant now, String by) {
        this.archived = archived;
        touch(now, by);
    }

    /** Strips the ends but keeps the line breaks inside: objectives are often a list, one per line. */
    /** What a manager enters, as the audit trail compares it before and after a change. */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("name", name)
                .put("description", description)
                .put("objectives", objectives)
                .put("startsOn", startsOn)
                .put("endsOn", endsOn)
                .put("status", status)
                .put("archived", archived);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Campaign not saved yet");
        }
        return id;
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

    CampaignRow toRow() {
        return new CampaignRow(id(), name, status, startsOn, endsOn, archived);
    }

    CampaignDetails toDetails() {
        return new CampaignDetails(id(), name, status, startsOn, endsOn, archived, description, objectives,
                createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
