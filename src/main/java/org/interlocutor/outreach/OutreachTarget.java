package org.interlocutor.outreach;

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

/** One target of a plan: a contact, an organisation or a country, as its kind says. Added and removed, never edited. */
@Entity
@Table(name = "outreach_target")
class OutreachTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TargetKind kind = TargetKind.CONTACT;

    @Column(name = "contact_id", updatable = false)
    private @Nullable Long contactId;

    @Column(name = "organization_id", updatable = false)
    private @Nullable Long organizationId;

    @Column(name = "country_code", updatable = false)
    private @Nullable String countryCode;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt = Instant.EPOCH;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy = "";

    protected OutreachTarget() {
        // for JPA
    }

    private OutreachTarget(long planId, TargetKind kind, Instant at, String by) {
        this.planId = planId;
        this.kind = kind;
        this.addedAt = at;
        this.addedBy = by;
    }

    static OutreachTarget contact(long planId, long contactId, Instant at, String by) {
        OutreachTarget target = new OutreachTarget(planId, TargetKind.CONTACT, at, by);
        target.contactId = contactId;
        return target;
    }

    static OutreachTarget organization(long planId, long organizationId, Instant at, String by) {
        OutreachTarget target = new OutreachTarget(planId, TargetKind.ORGANIZATION, at, by);
        target.organizationId = organizationId;
        return target;
    }

    static OutreachTarget country(long planId, String countryCode, Instant at, String by) {
        OutreachTarget target = new OutreachTarget(planId, TargetKind.COUNTRY, at, by);
        target.countryCode = countryCode;
        return target;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Outreach target not saved yet");
        }
        return id;
    }

    long planId() {
        return planId;
    }

    TargetKind kind() {
        return kind;
    }

    @Nullable Long contactId() {
        return contactId;
    }

    @Nullable Long organizationId() {
        return organizationId;
    }

    @Nullable String countryCode() {
        return countryCode;
    }

    /** What the target is, the same for the same contact, organisation or country: "CONTACT:12", "COUNTRY:KE". */
    String ref() {
        return ref(kind, switch (kind) {
            case CONTACT -> String.valueOf(contactId);
            case ORGANIZATION -> String.valueOf(organizationId);
            case COUNTRY -> String.valueOf(countryCode);
        });
    }

    static String ref(TargetKind kind, String idOrCode) {
        return kind.name() + ":" + idOrCode;
    }
}
