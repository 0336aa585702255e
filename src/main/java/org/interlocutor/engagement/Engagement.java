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
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;

/**
 * One interaction with contacts. Its participants, organisations, staff and campaigns are id sets over link
 * tables; {@code accessIds} (staff present, follow-up assignees and colleagues granted access, kept by
 * {@link EngagementAccess}) is who may read it when it is not NORMAL,
 * besides its owner, the person who logged it. The sets are fetched for up to a hundred engagements per query,
 * so that a page of a timeline costs a handful of queries rather than five per engagement.
 *
 * <p>A confidential engagement's notes and outcome are kept encrypted, in columns of their own ({@code sealed_notes},
 * {@code sealed_outcome}: their encrypted form is longer than the clear columns allow), the clear ones left empty;
 * their accessors take the {@link FieldEncryption} that opens them, so that only what is shown is decrypted.
 */
@Entity
@Table(name = "engagement")
class Engagement {

    /** The audit trail's name for the participants' ids, which a reader sees only as far as they see each one. */
    static final String PARTICIPANTS = "participants";
    /** The contexts a confidential engagement's texts are sealed with. */
    static final String NOTES = "engagement/notes";
    static final String OUTCOME = "engagement/outcome";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EngagementKind kind = EngagementKind.MEETING;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    private @Nullable String place;

    @Column(nullable = false)
    private String title = "";

    private @Nullable String notes;

    private @Nullable String outcome;

    @Column(name = "sealed_notes")
    private @Nullable String sealedNotes;

    @Column(name = "sealed_outcome")
    private @Nullable String sealedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity = Sensitivity.NORMAL;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    private boolean archived;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "engagement_participant", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "contact_id")
    private Set<Long> participantIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "engagement_organization", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "organization_id")
    private Set<Long> organizationIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "engagement_staff", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "user_id")
    private Set<Long> staffIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "engagement_campaign", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "campaign_id")
    private Set<Long> campaignIds = new HashSet<>();

    // derived from staff, follow-ups and grants: a colleague granted access must not make an open edit stale
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "engagement_access", joinColumns = @JoinColumn(name = "engagement_id"))
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "user_id")
    private Set<Long> accessIds = new HashSet<>();

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

    protected Engagement() {
    }

    Engagement(long ownerId, Instant now, String by) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /**
     * Takes what was entered; the participants are the final set, hidden ones already merged in. The notes and
     * outcome are encrypted when the engagement is confidential, and in clear again when it no longer is.
     */
    void apply(EngagementDraft draft, Set<Long> participants, Sensitivity effectiveSensitivity,
               FieldEncryption encryption) {
        this.kind = draft.kind();
        // to the second, as every database and driver keeps it alike: the search keys copy this time exactly
        this.startedAt = draft.startedAt().truncatedTo(ChronoUnit.SECONDS);
        this.endedAt = draft.endedAt() == null ? null : draft.endedAt().truncatedTo(ChronoUnit.SECONDS);
        this.place = blankToNull(draft.place());
        this.title = draft.title().strip();
        this.sensitivity = effectiveSensitivity;
        keepTexts(blankToNull(draft.notes()), blankToNull(draft.outcome()), encryption);
        replace(participantIds, participants);
        replace(organizationIds, draft.organizationIds());
        replace(staffIds, draft.staffIds());
        replace(campaignIds, draft.campaignIds());
    }

    /** Who may read the engagement besides its owner: staff present, follow-up assignees, grantees. */
    void grantAccess(Set<Long> userIds) {
        replace(accessIds, userIds);
    }

    /** Raises the sensitivity; made confidential so, its notes and outcome are encrypted in the same change. */
    void raiseSensitivity(Sensitivity atLeast, FieldEncryption encryption) {
        if (atLeast.compareTo(sensitivity) > 0) {
            String clearNotes = notes(encryption);
            String clearOutcome = outcome(encryption);
            this.sensitivity = atLeast;
            keepTexts(clearNotes, clearOutcome, encryption);
        }
    }

    private void keepTexts(@Nullable String clearNotes, @Nullable String clearOutcome, FieldEncryption encryption) {
        boolean encrypted = FieldEncryption.appliesTo(sensitivity);
        this.notes = encrypted ? null : clearNotes;
        this.outcome = encrypted ? null : clearOutcome;
        this.sealedNotes = encrypted ? encryption.sealNullable(NOTES, clearNotes) : null;
        this.sealedOutcome = encrypted ? encryption.sealNullable(OUTCOME, clearOutcome) : null;
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    /**
     * What a person enters, as the audit trail compares it before and after a change; participants, organisations,
     * colleagues and campaigns by id. Who may read it (staff present and assignees) follows from those.
     */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("kind", kind)
                .put("startedAt", startedAt)
                .put("endedAt", endedAt)
                .put("place", place)
                .put("title", title)
                // masked, so their clear or encrypted form alike: either changes when the text does
                .putSecret("notes", notes != null ? notes : sealedNotes)
                .putSecret("outcome", outcome != null ? outcome : sealedOutcome)
                .put("sensitivity", sensitivity)
                .put(PARTICIPANTS, participantIds)
                .put("organizations", organizationIds)
                .put("staff", staffIds)
                .put("campaigns", campaignIds)
                .put("archived", archived);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("engagement not saved yet");
        }
        return id;
    }

    EngagementKind kind() {
        return kind;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable Instant endedAt() {
        return endedAt;
    }

    @Nullable String place() {
        return place;
    }

    String title() {
        return title;
    }

    @Nullable String notes(FieldEncryption encryption) {
        return FieldEncryption.appliesTo(sensitivity) ? encryption.openNullable(NOTES, sealedNotes) : notes;
    }

    @Nullable String outcome(FieldEncryption encryption) {
        return FieldEncryption.appliesTo(sensitivity) ? encryption.openNullable(OUTCOME, sealedOutcome) : outcome;
    }

    /** The notes whose words the engagement may be found by: none when they are kept encrypted. */
    @Nullable String searchableNotes() {
        return FieldEncryption.appliesTo(sensitivity) ? null : notes;
    }

    Sensitivity sensitivity() {
        return sensitivity;
    }

    long ownerId() {
        return ownerId;
    }

    boolean archived() {
        return archived;
    }

    Set<Long> participantIds() {
        return Set.copyOf(participantIds);
    }

    Set<Long> organizationIds() {
        return Set.copyOf(organizationIds);
    }

    Set<Long> staffIds() {
        return Set.copyOf(staffIds);
    }

    Set<Long> campaignIds() {
        return Set.copyOf(campaignIds);
    }

    Set<Long> accessIds() {
        return Set.copyOf(accessIds);
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
