package org.interlocutor.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.audit.RecordFields;
import org.jspecify.annotations.Nullable;

/** A state, as reference data. Identified by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    private String code = "";

    @Column(nullable = false, length = 3)
    private String iso3 = "";

    @Column(name = "name_en", nullable = false)
    private String nameEn = "";

    @Column(name = "name_fr", nullable = false)
    private String nameFr = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_group")
    private @Nullable RegionalGroup regionalGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "rome_status", nullable = false)
    private RomeStatuteStatus romeStatus = RomeStatuteStatus.NON_PARTY;

    @Column(name = "signed_on")
    private @Nullable LocalDate signedOn;

    @Column(name = "ratified_on")
    private @Nullable LocalDate ratifiedOn;

    @Column(name = "in_force_on")
    private @Nullable LocalDate inForceOn;

    @Column(name = "withdrawal_notified_on")
    private @Nullable LocalDate withdrawalNotifiedOn;

    @Column(name = "withdrawal_effective_on")
    private @Nullable LocalDate withdrawalEffectiveOn;

    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    protected Country() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String iso3() {
        return iso3;
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameFr() {
        return nameFr;
    }

    public @Nullable RegionalGroup regionalGroup() {
        return regionalGroup;
    }

    public RomeStatuteStatus romeStatus() {
        return romeStatus;
    }

    public @Nullable LocalDate signedOn() {
        return signedOn;
    }

    public @Nullable LocalDate ratifiedOn() {
        return ratifiedOn;
    }

    public @Nullable LocalDate inForceOn() {
        return inForceOn;
    }

    public @Nullable LocalDate withdrawalNotifiedOn() {
        return withdrawalNotifiedOn;
    }

    public @Nullable LocalDate withdrawalEffectiveOn() {
        return withdrawalEffectiveOn;
    }

    public LocalDate asOf() {
        return asOf;
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

    /** What an administrator corrects, as the audit trail compares it before and after a change. */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("nameEn", nameEn)
                .put("nameFr", nameFr)
                .put("regionalGroup", regionalGroup)
                .put("romeStatus", romeStatus)
                .put("signedOn", signedOn)
                .put("ratifiedOn", ratifiedOn)
                .put("inForceOn", inForceOn)
                .put("withdrawalNotifiedOn", withdrawalNotifiedOn)
                .put("withdrawalEffectiveOn", withdrawalEffectiveOn);
    }

    void update(CountryChanges changes, LocalDate asOf, Instant now, String by) {
        this.nameEn = changes.nameEn().strip();
        this.nameFr = changes.nameFr().strip();
        this.regionalGroup = changes.regionalGroup();
        this.romeStatus = changes.romeStatus();
        this.signedOn = changes.signedOn();
        this.ratifiedOn = changes.ratifiedOn();
        this.inForceOn = changes.inForceOn();
        this.withdrawalNotifiedOn = changes.withdrawalNotifiedOn();
        this.withdrawalEffectiveOn = changes.withdrawalEffectiveOn();
        this.searchText = SearchPatterns.fold(String.join(" ", code, iso3, nameEn, nameFr));
        this.asOf = asOf;
        this.updatedAt = now;
        this.updatedBy = by;
    }
}
