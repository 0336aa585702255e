package org.interlocutor.contact;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;

/**
 * A person the NGO engages. Besides what was entered, the row keeps copies for fast lists (primary email and phone,
 * current organisation, regional group, folded sort name and search words) that this class refreshes whenever their
 * sources change. A confidential contact's details (see {@link ContactSecrets}) are kept encrypted, copies
 * included: their accessors take the {@link FieldEncryption} that opens them, so that a list opens only what it
 * shows.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable String honorific;

    @Column(name = "given_name", nullable = false)
    private String givenName = "";

    @Column(name = "family_name", nullable = false)
    private String familyName = "";

    @Column(name = "job_title")
    private @Nullable String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StakeholderCategory category = StakeholderCategory.OTHER;

    @Column(name = "country_code", length = 2)
    private @Nullable String countryCode;

    @Column(name = "correspondence_language")
    private @Nullable String correspondenceLanguage;

    @Column(name = "owner_id")
    private @Nullable Long ownerId;

    private @Nullable Integer influence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance = Stance.UNKNOWN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity = Sensitivity.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis")
    private @Nullable LawfulBasis lawfulBasis;

    @Column(name = "consent_note")
    private @Nullable String consentNote;

    private boolean archived;

    @Column(name = "last_engaged_on")
    private @Nullable LocalDate lastEngagedOn;

    @Column(name = "primary_email")
    private @Nullable String primaryEmail;

    @Column(name = "primary_phone")
    private @Nullable String primaryPhone;

    @Column(name = "organization_name")
    private @Nullable String organizationName;

    @Column(name = "email_list")
    private @Nullable String emailList;

    @Column(name = "phone_list")
    private @Nullable String phoneList;

    @Column(name = "language_list")
    private @Nullable String languageList;

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_group")
    private @Nullable RegionalGroup regionalGroup;

    @Column(name = "sort_name", nullable = false)
    private String sortName = "";


    @ElementCollection
    @CollectionTable(name = "contact_search_token", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "token")
    private Set<String> searchTokens = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "contact_email", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "item_order")
    private List<ContactEmail> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "item_order")
    private List<ContactPhone> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_language", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "contact_tag", joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    // an administrator's break-glass access is not a change of the person: it must not make an open edit stale
    @ElementCollection
    @CollectionTable(name = "contact_grant", joinColumns = @JoinColumn(name = "contact_id"))
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Set<ContactGrant> grants = new HashSet<>();

    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Affiliation> affiliations = new ArrayList<>();

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

    protected Contact() {
        // for JPA
    }

    Contact(Instant now, String by) {
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /**
     * Takes the draft's values, encrypted when the draft is confidential (and in clear again when it no longer is);
     * tags are resolved by the service and passed in.
     */
    void apply(ContactDraft draft, Set<Tag> resolvedTags, Map<Long, String> organizationNames,
               @Nullable RegionalGroup countryGroup, LocalDate today, FieldEncryption encryption) {
        this.sensitivity = draft.sensitivity();
        this.honorific = blankToNull(draft.honorific());
        this.givenName = draft.givenName().strip();
        this.familyName = draft.familyName().strip();
        this.jobTitle = blankToNull(draft.jobTitle());
        this.category = draft.category();
        this.countryCode = draft.countryCode() == null ? null : draft.countryCode().toUpperCase(Locale.ROOT);
        this.correspondenceLanguage = blankToNull(draft.correspondenceLanguage());
        this.languages = new HashSet<>(draft.languages());
        this.emails = draft.emails().stream()
                .map(entry -> ContactEmail.of(entry, sensitivity, encryption))
                .collect(Collectors.toCollection(ArrayList::new));
        this.phones = draft.phones().stream()
                .map(entry -> ContactPhone.of(entry, sensitivity, encryption))
                .collect(Collectors.toCollection(ArrayList::new));
        this.ownerId = draft.ownerId();
        this.influence = draft.influence();
        this.stance = draft.stance();
        this.lawfulBasis = draft.lawfulBasis();
        this.consentNote = encryption.store(sensitivity, ContactSecrets.CONSENT_NOTE,
                blankToNull(draft.consentNote()));
        this.tags = new HashSet<>(resolvedTags);
        this.regionalGroup = countryGroup;
        refreshCopies(organizationNames, today);
    }

    /**
     * Recomputes the copies kept for lists and exports: primary email and phone, every email, phone and language,
     * organisation, sort and search text. A confidential contact's primary email and phone are copied encrypted; its
     * email and phone lists are not kept (encrypted, twenty addresses would not fit the column: an export reads them
     * from its emails and phones) and its emails give no search words.
     */
    void refreshCopies(Map<Long, String> organizationNames, LocalDate today) {
        boolean encrypted = FieldEncryption.appliesTo(sensitivity);
        this.primaryEmail = emails.stream().filter(ContactEmail::primary).findFirst()
                .or(() -> emails.stream().findFirst()).map(ContactEmail::email).orElse(null);
        this.primaryPhone = phones.stream().filter(ContactPhone::primary).findFirst()
                .or(() -> phones.stream().findFirst()).map(ContactPhone::phone).orElse(null);
        this.emailList = encrypted ? null : ContactCopies.pointList(emails, ContactEmail::primary, ContactEmail::email);
        this.phoneList = encrypted ? null : ContactCopies.pointList(phones, ContactPhone::primary, ContactPhone::phone);
        this.languageList = ContactCopies.languageList(languages);
        this.organizationName = currentAffiliation(today)
                .map(affiliation -> organizationNames.get(affiliation.organizationId()))
                .orElse(null);
        this.sortName = ContactCopies.sortName(familyName, givenName);
        List<String> organizations = affiliations.stream().filter(affiliation -> affiliation.current(today))
                .map(affiliation -> organizationNames.getOrDefault(affiliation.organizationId(), ""))
                .toList();
        Set<String> tokens = ContactCopies.tokens(ContactCopies.searchText(honorific, givenName, familyName,
                jobTitle, organizations, encrypted ? List.of() : emails.stream().map(ContactEmail::email).toList()));
        if (!tokens.equals(searchTokens)) {
            this.searchTokens = new HashSet<>(tokens);
        }
    }

    /** The affiliation lists show: the current primary one, or else the most recent current one. */
    Optional<Affiliation> currentAffiliation(LocalDate today) {
        return affiliations.stream().filter(affiliation -> affiliation.current(today) && affiliation.primary())
                .findFirst()
                .or(() -> affiliations.stream().filter(affiliation -> affiliation.current(today)).findFirst());
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Sets influence and stance; true when either changed. */
    boolean setPosition(@Nullable Integer newInfluence, Stance newStance) {
        boolean changed = !java.util.Objects.equals(influence, newInfluence) || stance != newStance;
        this.influence = newInfluence;
        this.stance = newStance;
        return changed;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    void setOwner(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    void addTag(Tag tag) {
        tags.add(tag);
    }

    boolean removeTag(Tag tag) {
        return tags.removeIf(existing -> existing.id() == tag.id());
    }

    /** Grants access by hand; a break-glass access the colleague holds becomes a lasting grant. */
    boolean grant(long userId, String by, Instant at) {
        grants.removeIf(grant -> grant.userId() == userId
                && grant.kind() == org.interlocutor.shared.GrantKind.BREAK_GLASS);
        return grants.add(new ContactGrant(userId, by, at));
    }

    /** Opens an administrator's break-glass access until the given time, replacing an earlier one that ended. */
    void breakGlass(long userId, String by, Instant at, Instant until) {
        grants.removeIf(grant -> grant.userId() == userId
                && grant.kind() == org.interlocutor.shared.GrantKind.BREAK_GLASS);
        grants.add(ContactGrant.breakGlass(userId, by, at, until));
    }

    boolean revoke(long userId) {
        return grants.removeIf(grant -> grant.userId() == userId);
    }

    Affiliation addAffiliation(long organizationId, @Nullable String role, @Nullable LocalDate from,
                               @Nullable LocalDate to, boolean primary) {
        if (primary) {
            affiliations.forEach(existing -> existing.setPrimary(false));
        }
        Affiliation affiliation = new Affiliation(this, organizationId, role, from, to, primary);
        affiliations.add(affiliation);
        return affiliation;
    }

    boolean removeAffiliation(long affiliationId) {
        return affiliations.removeIf(a -> a.id() != null && a.id() == affiliationId);
    }

    Optional<Affiliation> affiliation(long affiliationId) {
        return affiliations.stream().filter(a -> a.id() != null && a.id() == affiliationId).findFirst();
    }

    void makePrimary(Affiliation chosen) {
        affiliations.forEach(affiliation -> affiliation.setPrimary(affiliation == chosen));
    }

    /**
     * The fields a person edits, as the audit trail compares them before and after a change. Copies kept for lists
     * (sort name, search words, primary email) are derived from these and left out.
     */
    RecordFields auditFields() {
        return RecordFields.of()
                .put("honorific", honorific)
                .put("givenName", givenName)
                .put("familyName", familyName)
                .put("jobTitle", jobTitle)
                .put("category", category)
                .put("country", countryCode)
                .put("correspondenceLanguage", correspondenceLanguage)
                .put("languages", languages)
                .putSecret("emails", emails.stream()
                        .map(email -> point(email.email(), email.label(), email.primary())).toList())
                .putSecret("phones", phones.stream()
                        .map(phone -> point(phone.phone(), phone.label(), phone.primary())).toList())
                .put("owner", ownerId)
                .put("influence", influence)
                .put("stance", stance)
                .put("sensitivity", sensitivity)
                .put("lawfulBasis", lawfulBasis)
                .putSecret("consentNote", consentNote)
                .put("tags", tags.stream().map(Tag::name).toList())
                .put("affiliations", affiliations.stream().map(Affiliation::auditText).toList())
                .put("archived", archived);
    }

    private static String point(String value, @Nullable String label, boolean primary) {
        return value + (label == null ? "" : " [" + label + "]") + (primary ? " (primary)" : "");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Contact not saved yet");
        }
        return id;
    }

    public @Nullable String honorific() {
        return honorific;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    /** "H.E. Amina Diallo". */
    public String displayName() {
        String name = givenName + " " + familyName;
        return honorific == null ? name : honorific + " " + name;
    }

    public @Nullable String jobTitle() {
        return jobTitle;
    }

    public StakeholderCategory category() {
        return category;
    }

    public @Nullable String countryCode() {
        return countryCode;
    }

    public @Nullable String correspondenceLanguage() {
        return correspondenceLanguage;
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public @Nullable Long ownerId() {
        return ownerId;
    }

    public @Nullable Integer influence() {
        return influence;
    }

    public Stance stance() {
        return stance;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    public @Nullable LawfulBasis lawfulBasis() {
        return lawfulBasis;
    }

    @Nullable String consentNote(FieldEncryption encryption) {
        return encryption.read(sensitivity, ContactSecrets.CONSENT_NOTE, consentNote);
    }

    public boolean archived() {
        return archived;
    }

    public @Nullable LocalDate lastEngagedOn() {
        return lastEngagedOn;
    }

    @Nullable String primaryEmail(FieldEncryption encryption) {
        return encryption.read(sensitivity, ContactSecrets.EMAIL, primaryEmail);
    }

    @Nullable String primaryPhone(FieldEncryption encryption) {
        return encryption.read(sensitivity, ContactSecrets.PHONE, primaryPhone);
    }

    public @Nullable RegionalGroup regionalGroup() {
        return regionalGroup;
    }

    public @Nullable String organizationName() {
        return organizationName;
    }

    List<EmailEntry> emailEntries(FieldEncryption encryption) {
        return emails.stream().map(email -> email.toEntry(sensitivity, encryption)).toList();
    }

    List<PhoneEntry> phoneEntries(FieldEncryption encryption) {
        return phones.stream().map(phone -> phone.toEntry(sensitivity, encryption)).toList();
    }

    Set<Tag> tags() {
        return Set.copyOf(tags);
    }

    Set<ContactGrant> grants() {
        return Set.copyOf(grants);
    }

    boolean isGranted(long userId) {
        return grants.stream().anyMatch(grant -> grant.userId() == userId);
    }

    List<Affiliation> affiliations() {
        return List.copyOf(affiliations);
    }

    Collection<Long> organizationIds() {
        return affiliations.stream().map(Affiliation::organizationId).collect(Collectors.toSet());
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
