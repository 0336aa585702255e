package org.interlocutor.organization;

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
import java.util.Locale;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.audit.RecordFields;
import org.jspecify.annotations.Nullable;

/** An organisation. Its parent makes the tree (the Registry is a unit of the Court). */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name = "";

    private @Nullable String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind = OrganizationKind.OTHER;

    @Column(name = "country_code", length = 2)
    private @Nullable String countryCode;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    private @Nullable String website;

    private @Nullable String notes;

    @Column(name = "search_text", nullable = false)
    private String searchText = "";

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

    protected Organization() {
        // for JPA
    }

    Organization(OrganizationDraft draft, Instant now, String by) {
        apply(draft);
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void apply(OrganizationDraft draft) {
        this.name = draft.name().strip();
        this.acronym = blankToNull(draft.acronym());
        this.kind = draft.kind();
        this.countryCode = draft.countryCode() == null ? null : draft.countryCode().toUpperCase(Locale.ROOT);
        this.parentId = draft.parentId();
        this.website = blankToNull(draft.website());
        this.notes = blankToNull(draft.notes());
        this.sortName = SearchPatterns.fold(name);
        this.searchText = SearchPatterns.fold(acronym == null ? name : name + " " + acronym);
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void setArchived(boolean archived, Instant now, String by) {
        this.archived = archived;
        touch(now, by);
    }

    /** What a person enters, as the audit trail compares it before and after a change. */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("name", name)
                .put("acronym", acronym)
                .put("kind", kind)
                .put("country", countryCode)
                .put("parent", parentId)
                .put("website", website)
                .put("notes", notes)
                .put("archived", archived);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public @Nullable String acronym() {
        return acronym;
    }

    /** "Office of the Prosecutor (OTP)": how lists show the organisation. */
    public String displayName() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }

    public OrganizationKind kind() {
        return kind;
    }

    public @Nullable String countryCode() {
        return countryCode;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public @Nullable String website() {
        return website;
    }

    public @Nullable String notes() {
        return notes;
    }

    public boolean archived() {
        return archived;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
