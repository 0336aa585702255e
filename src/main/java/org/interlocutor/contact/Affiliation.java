package org.interlocutor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's place in an organisation over a period. Ending one keeps it as history: people move between missions
 * and the Court, and who they were is part of the relationship.
 */
@Entity
@Table(name = "affiliation")
class Affiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private @Nullable Contact contact;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    private @Nullable String role;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Affiliation() {
        // for JPA
    }

    Affiliation(Contact contact, long organizationId, @Nullable String role, @Nullable LocalDate startDate,
                @Nullable LocalDate endDate, boolean primary) {
        this.contact = contact;
        this.organizationId = organizationId;
        this.role = role == null || role.isBlank() ? null : role.strip();
        this.startDate = startDate;
        this.endDate = endDate;
        this.primary = primary;
    }

    Contact contact() {
        if (contact == null) {
            throw new IllegalStateException("Affiliation without contact");
        }
        return contact;
    }

    @Nullable Long id() {
        return id;
    }

    long organizationId() {
        return organizationId;
    }

    @Nullable String role() {
        return role;
    }

    @Nullable LocalDate startDate() {
        return startDate;
    }

    @Nullable LocalDate endDate() {
        return endDate;
    }

    boolean primary() {
        return primary;
    }

    /** Current until its end date: one ended today already belongs to the history. */
    /** "organization 12 (Legal adviser) 2021-03-01 to 2024-06-30, primary", as the audit trail records it. */
    String auditText() {
        return "organization " + organizationId + (role == null ? "" : " (" + role + ")")
                + (startDate == null && endDate == null ? ""
                : " " + (startDate == null ? "" : startDate) + " to " + (endDate == null ? "" : endDate))
                + (primary ? ", primary" : "");
    }

    boolean current(LocalDate today) {
        return endDate == null || endDate.isAfter(today);
    }

    void end(LocalDate on) {
        this.endDate = on;
        this.primary = false;
    }

    void setPrimary(boolean primary) {
        this.primary = primary;
    }
}
