package org.interlocutor.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.BreakGlassAccess;
import org.interlocutor.shared.BreakGlassNotice;
import org.interlocutor.shared.BreakGlassPolicy;
import org.interlocutor.shared.GrantKind;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The contacts: lists, pages, edits, affiliations, access and bulk actions. Every read applies the need-to-know
 * rule of {@link ContactVisibility} for the signed-in person; a contact they may not see is answered exactly as a
 * contact that does not exist.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ContactService {

    private static final int CHUNK = 500;
    /** Exports read more rows per query: fewer round trips, and a page is dropped once written. */
    private static final int EXPORT_CHUNK = 1000;
    /** How many of a contact's latest break-glass accesses its page lists. */
    private static final int BREAK_GLASS_SHOWN = 50;

    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final TagRepository tags;
    private final OrganizationService organizations;
    private final CountryService countries;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ContactPositions positions;
    private final ContactBreakGlassRepository breakGlassLog;
    private final BreakGlassPolicy breakGlassPolicy;
    private final ObjectProvider<ContactEngagements> engagements;
    private final FieldEncryption encryption;

    ContactService(ContactRepository contacts, AffiliationRepository affiliations, TagRepository tags,
                   OrganizationService organizations, CountryService countries, StaffDirectory staff,
                   CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
                   ContactPositions positions, ContactBreakGlassRepository breakGlassLog,
                   BreakGlassPolicy breakGlassPolicy, ObjectProvider<ContactEngagements> engagements,
                   FieldEncryption encryption) {
        this.encryption = encryption;
        this.events = events;
        this.positions = positions;
        this.breakGlassLog = breakGlassLog;
        this.breakGlassPolicy = breakGlassPolicy;
        this.engagements = engagements;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.tags = tags;
        this.organizations = organizations;
        this.countries = countries;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public Page<ContactRow> list(ContactFilter filter, Pageable pageable) {
        Page<Contact> page = contacts.findAll(visible(matching(filter)),
                sorted(filter, pageable));
        return new PageImpl<>(rows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The rows only, without counting: for grids that count separately or not at all. */
    public List<ContactRow> rows(ContactFilter filter, Pageable pageable) {
        Pageable sorted = sorted(filter, pageable);
        return rows(contacts.findBy(visible(matching(filter)),
                query -> query.sortBy(sorted.getSort()).slice(sorted)).getContent());
    }

    public long count(ContactFilter filter) {
        return contacts.count(visible(matching(filter)));
    }

    public Optional<ContactDetails> find(long id) {
        return findVisible(id).map(this::details);
    }

    /**
     * The contact as its page opens it: like {@link #find}, and a RESTRICTED or CONFIDENTIAL contact's opening is
     * filed in the audit trail (who read whom, when).
     */
    public Optional<ContactDetails> open(long id) {
        Optional<Contact> found = findVisible(id);
        found.filter(contact -> contact.sensitivity() != Sensitivity.NORMAL)
                .ifPresent(contact -> events.publishEvent(Audited.of(AuditAction.READ, RecordTypes.CONTACT, id)));
        return found.map(this::details);
    }

    /**
     * The whole record of one person for a subject-access request, whoever may otherwise see it. A data subject's
     * request must be answered completely, so this read alone passes over the need-to-know rule of
     * {@link ContactVisibility}: it is for administrators only, and the request that uses it is audited as an export
     * of the person. Empty only when there is no such contact.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ContactDetails> subjectAccessRecord(long id) {
        // the contact's own last-engaged date, not the latest meeting the administrator may see
        return contacts.findById(id).map(contact -> {
            ContactDetails seen = details(contact);
            return new ContactDetails(seen.id(), seen.draft(), seen.displayName(), seen.organizationName(),
                    seen.ownerName(), contact.lastEngagedOn(), seen.archived(), seen.affiliations(), seen.grants(),
                    seen.createdAt(), seen.createdBy(), seen.updatedAt(), seen.updatedBy(), seen.version(),
                    seen.canEdit(), seen.canManageAccess(), seen.breakGlass());
        });
    }

    /** The person's whole position history, oldest first, for a subject-access request (see above: admin only). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PositionChangeRow> subjectAccessPositionHistory(long id) {
        return positions.history(id, Pageable.unpaged()).getContent().reversed();
    }

    /** Whether the signed-in person may see the contact: the need-to-know rule, for other features to ask. */
    public boolean canSee(long id) {
        return findVisible(id).isPresent();
    }

    /** The changes of a contact's influence and stance, newest first; empty for a contact the person may not see. */
    public Page<PositionChangeRow> positionHistory(long contactId, Pageable pageable) {
        return findVisible(contactId).isPresent() ? positions.history(contactId, pageable) : Page.empty(pageable);
    }

    /**
     * Where the contacts among these ids stood at the end of a UTC day (influence and stance), in the order of the
     * ids: only active contacts the person may see, and only those entered by then. For the stakeholder map.
     */
    public List<ContactPosition> positionsOn(Collection<Long> ids, LocalDate date) {
        return ids.isEmpty() ? List.of() : positions.on(ids, date, viewer());
    }

    /**
     * The same for the contacts that meet another feature's condition (such as "took part in this campaign"), in id
     * order: two queries however many they are.
     */
    public List<ContactPosition> positionsOn(ContactIdCondition among, LocalDate date) {
        return positions.on(among, date, viewer());
    }

    /**
     * The active contacts the person may see that were entered before {@code cutoff} and not engaged since (see
     * {@link RetentionPolicy}), by name unless another sort is asked for.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public List<ContactRow> notEngagedSince(LocalDate cutoff, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() && pageable.getSort().getOrderFor("lastEngagedOn") == null
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("sortName", "id"));
        return rows(contacts.findBy(visible(notEngagedSince(cutoff)),
                query -> query.sortBy(sorted.getSort()).slice(sorted)).getContent());
    }

    @PreAuthorize("hasRole('MANAGER')")
    public long countNotEngagedSince(LocalDate cutoff) {
        return contacts.count(visible(notEngagedSince(cutoff)));
    }

    /** Contacts whose name, email or organisation contains the text, for pickers; archived ones are left out. */
    public List<ContactRow> suggest(String text, Pageable pageable) {
        return rows(ContactFilter.NONE.withText(text), pageable);
    }

    /**
     * The ids of every contact the person may see that the filter finds, in the list's order (the sort asked for,
     * else by name): what an export reads, then fetches as rows a page at a time with {@link #rowsOf}.
     */
    public List<Long> idsInOrder(ContactFilter filter, Sort sort) {
        return contacts.findIds(visible(matching(filter)),
                sorted(filter, Pageable.unpaged(sort)).getSort());
    }

    /**
     * Like {@link #rowsOf}, for exports that read every row of a long list: the same need-to-know rule and rows,
     * handed over a page at a time in the order of the ids, read as plain values (not entities kept until the end)
     * in one transaction, with tag and owner names looked up once.
     */
    public void exportRows(List<Long> ids, java.util.function.Consumer<List<ContactExportRow>> pages) {
        Map<Long, String> tagNames = new HashMap<>();
        Map<Long, StaffMember> owners = new HashMap<>();
        for (int from = 0; from < ids.size(); from += EXPORT_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + EXPORT_CHUNK));
            List<Object[]> values = contacts.findExportValues(visible(ContactQueries.withIdIn(chunk)));
            Map<Long, Object[]> valuesById = new HashMap<>();
            values.forEach(row -> valuesById.put(((Number) row[0]).longValue(), row));
            Map<Long, ContactRow> byId = new HashMap<>();
            rowsFrom(values.stream().map(this::rowValues).toList(), tagNames, owners)
                    .forEach(row -> byId.put(row.id(), row));
            Map<Long, Contact> encrypted = encryptedAmong(byId.values());
            int lists = ContactIdQueries.ROW_ATTRIBUTES.size();
            pages.accept(chunk.stream().map(byId::get).filter(java.util.Objects::nonNull).map(row -> {
                Object[] of = valuesById.get(row.id());
                Contact confidential = encrypted.get(row.id());
                if (confidential != null) {
                    return new ContactExportRow(row, mainFirst(confidential.emailEntries(encryption),
                            EmailEntry::primary, EmailEntry::email), mainFirst(confidential.phoneEntries(encryption),
                            PhoneEntry::primary, PhoneEntry::phone), ContactCopies.split((String) of[lists + 2]));
                }
                return new ContactExportRow(row, ContactCopies.split((String) of[lists]),
                        ContactCopies.split((String) of[lists + 1]), ContactCopies.split((String) of[lists + 2]));
            }).toList());
        }
    }

    /**
     * The confidential contacts among these rows, whose email and phone lists are not kept on their row: an export
     * reads them from their emails and phones, opened. One query, only when the page has any.
     */
    private Map<Long, Contact> encryptedAmong(Collection<ContactRow> rows) {
        List<Long> ids = rows.stream().filter(row -> FieldEncryption.appliesTo(row.sensitivity()))
                .map(ContactRow::id).toList();
        Map<Long, Contact> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            contacts.findAllById(ids).forEach(contact -> byId.put(contact.id(), contact));
        }
        return byId;
    }

    /** Values as the list copies keep them: the main one first, then in their order. */
    private static <T> List<String> mainFirst(List<T> entries, java.util.function.Predicate<T> primary,
                                              java.util.function.Function<T, String> value) {
        return ContactCopies.split(ContactCopies.pointList(entries, primary, value));
    }

    /** The contacts among these ids that the person may see, as rows in the order of the ids. */
    public List<ContactRow> rowsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContactRow> byId = new HashMap<>();
        List<Long> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            rows(contacts.findAll(visible(ContactQueries.withIdIn(chunk))))
                    .forEach(row -> byId.put(row.id(), row));
        }
        return distinct.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The display names of the contacts among these ids that the person may see: for lists that only name them. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            for (Object[] row : contacts.findNames(visible(ContactQueries.withIdIn(chunk)))) {
                String name = row[2] + " " + row[3];
                names.put((Long) row[0], row[1] == null ? name : row[1] + " " + name);
            }
        }
        return names;
    }

    /**
     * The need-to-know rule as a condition on a contact id in another feature's query: true when the signed-in
     * person may see the contact with that id. The rule itself stays in {@link ContactVisibility}.
     */
    public jakarta.persistence.criteria.Predicate isVisible(jakarta.persistence.criteria.Expression<Long> contactId,
                                                            jakarta.persistence.criteria.AbstractQuery<?> query,
                                                            jakarta.persistence.criteria.CriteriaBuilder cb) {
        jakarta.persistence.criteria.Subquery<Long> visibleIds = query.subquery(Long.class);
        jakarta.persistence.criteria.Root<Contact> contact = visibleIds.from(Contact.class);
        visibleIds.select(contact.get("id")).where(cb.equal(contact.get("id"), contactId),
                ContactVisibility.isVisible(contact, visibleIds, cb, viewer()));
        return cb.exists(visibleIds);
    }

    /**
     * The active contacts of at least this influence that the person may see and that meet another feature's
     * condition (not met lately, say): the most influential first, then by name. Read along the contact table's
     * (archived, influence, sort_name) index, so that a page stops as soon as it is full.
     */
    public List<ContactRow> influential(int minInfluence, ContactCondition condition, Pageable pageable) {
        Sort sort = Sort.by(Sort.Order.asc("archived"), Sort.Order.desc("influence"), Sort.Order.asc("sortName"),
                Sort.Order.asc("id"));
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return rows(contacts.findBy(visible(ContactQueries.influential(minInfluence, condition)),
                query -> query.sortBy(sort).slice(sorted)).getContent());
    }

    public long countInfluential(int minInfluence, ContactCondition condition) {
        return contacts.count(visible(ContactQueries.influential(minInfluence, condition)));
    }

    /**
     * Sensitivity, category, country and current organisations of these contacts, whoever may see them: for the
     * records that are filed under them (an engagement's search keys, its minimum sensitivity). Not for display.
     */
    public Map<Long, ParticipantFacts> participantFacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Map<Long, ParticipantFacts> facts = new HashMap<>();
        for (Contact contact : contacts.findAllById(Set.copyOf(ids))) {
            Set<Long> organizations = contact.affiliations().stream()
                    .filter(affiliation -> affiliation.current(today))
                    .map(Affiliation::organizationId).collect(Collectors.toSet());
            facts.put(contact.id(), new ParticipantFacts(contact.id(), contact.sensitivity(), contact.category(),
                    contact.countryCode(), contact.regionalGroup(), organizations));
        }
        return facts;
    }

    /**
     * Sets the date each contact was last engaged (null when no engagement is left), without touching the
     * contact's version: logging a meeting must not make a colleague's open edit of the person go stale.
     * Runs inside the caller's transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void recordLastEngaged(Map<Long, Optional<LocalDate>> dates) {
        dates.forEach((contactId, date) -> contacts.setLastEngagedOn(contactId, date.orElse(null)));
    }

    /**
     * Matches a batch of imported rows against every contact, archived ones included (re-importing a list must not
     * bring back duplicates): by export id, else by email, else by the same name with a current affiliation to an
     * organisation of the name given. A match the person may not see comes back as a conflict without its id.
     * One query per kind of key for the whole batch, whatever its size.
     */
    public List<ImportMatch> matchForImport(List<ImportKey> keys) {
        Set<Long> exportIds = keys.stream().map(ImportKey::exportId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> existingIds = exportIds.isEmpty() ? Set.of() : new HashSet<>(contacts.existingIds(exportIds));
        Set<String> emailKeys = keys.stream().flatMap(key -> key.emails().stream()).map(ContactEmail::key)
                .filter(key -> !key.isEmpty()).collect(Collectors.toSet());
        // a confidential contact's email is found by its blind index, under whichever key made it
        Map<String, String> emailKeyOf = new HashMap<>();
        for (String emailKey : emailKeys) {
            emailKeyOf.put(emailKey, emailKey);
            encryption.blindIndexes(ContactSecrets.EMAIL, emailKey).forEach(index -> emailKeyOf.put(index, emailKey));
        }
        Map<String, Long> byEmail = new HashMap<>();
        for (List<String> chunk : chunks(emailKeyOf.keySet())) {
            for (Object[] pair : contacts.idsByEmailKey(chunk)) {
                byEmail.merge(emailKeyOf.get((String) pair[0]), ((Number) pair[1]).longValue(), Math::min);
            }
        }
        Set<String> sortNames = keys.stream().filter(key -> key.organizationName() != null)
                .map(key -> ContactCopies.sortName(key.familyName(), key.givenName())).collect(Collectors.toSet());
        Map<String, Long> byNameAtOrganization = new HashMap<>();
        Map<Long, String> sortNameOf = new HashMap<>();
        for (List<String> chunk : chunks(sortNames)) {
            for (Object[] row : contacts.idsBySortName(chunk)) {
                sortNameOf.put(((Number) row[0]).longValue(), String.valueOf(row[1]));
            }
        }
        List<Long> named = List.copyOf(sortNameOf.keySet());
        for (int from = 0; from < named.size(); from += CHUNK) {
            for (Object[] row : contacts.currentOrganizationNames(
                    named.subList(from, Math.min(named.size(), from + CHUNK)), today())) {
                long id = ((Number) row[0]).longValue();
                String organization = SearchPatterns.fold(String.valueOf(row[1]));
                byNameAtOrganization.merge(sortNameOf.get(id) + "\u0000" + organization, id, Math::min);
            }
        }
        List<ImportMatch> found = new ArrayList<>(keys.size());
        Map<Long, ImportMatch.Reason> candidates = new LinkedHashMap<>();
        List<Map.Entry<Long, ImportMatch.Reason>> perKey = new ArrayList<>(keys.size());
        for (ImportKey key : keys) {
            Map.Entry<Long, ImportMatch.Reason> match = null;
            if (key.exportId() != null && existingIds.contains(key.exportId())) {
                match = Map.entry(key.exportId(), ImportMatch.Reason.EXPORT_ID);
            }
            for (String email : key.emails()) {
                Long id = byEmail.get(ContactEmail.key(email));
                if (match == null && id != null) {
                    match = Map.entry(id, ImportMatch.Reason.EMAIL);
                }
            }
            if (match == null && key.organizationName() != null) {
                Long id = byNameAtOrganization.get(ContactCopies.sortName(key.familyName(), key.givenName())
                        + "\u0000" + SearchPatterns.fold(key.organizationName()));
                if (id != null) {
                    match = Map.entry(id, ImportMatch.Reason.NAME_AT_ORGANIZATION);
                }
            }
            perKey.add(match);
            if (match != null) {
                candidates.put(match.getKey(), match.getValue());
            }
        }
        Set<Long> visible = candidates.isEmpty() ? Set.of() : new HashSet<>(contacts.findIds(
                visible(ContactQueries.withIdIn(candidates.keySet()))));
        for (Map.Entry<Long, ImportMatch.Reason> match : perKey) {
            found.add(match == null ? ImportMatch.NONE
                    : ImportMatch.of(match.getKey(), match.getValue(), visible.contains(match.getKey())));
        }
        return found;
    }

    /** The people with an affiliation to the organisation: current ones, or past ones. */
    public Page<MemberRow> members(long organizationId, boolean current, Pageable pageable) {
        LocalDate today = today();
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("contact.sortName"));
        return affiliations.findAll(ContactQueries.membersOf(organizationId, current, today, viewer()), sorted)
                .map(affiliation -> {
                    Contact contact = affiliation.contact();
                    return new MemberRow(contact.id(), contact.displayName(), contact.jobTitle(), affiliation.role(),
                            affiliation.startDate(), affiliation.endDate(), affiliation.current(today),
                            contact.primaryEmail(encryption));
                });
    }

    /** Existing contacts the person may see that look like the one being entered. */
    public List<DuplicateCandidate> possibleDuplicates(ContactDraft draft, @Nullable Long organizationId,
                                                       @Nullable Long excludeId) {
        Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
        Set<String> emailKeys = draft.emails().stream().map(entry -> ContactEmail.key(entry.email()))
                .filter(key -> !key.isEmpty()).collect(Collectors.toSet());
        if (!emailKeys.isEmpty()) {
            contacts.findAll(visible(ContactQueries.withEmailKeyIn(ContactSecrets.emailLookups(emailKeys,
                    encryption)))).forEach(contact ->
                    found.putIfAbsent(contact.id(), new DuplicateCandidate(contact.id(), contact.displayName(),
                            DuplicateCandidate.Reason.SAME_EMAIL)));
        }
        if (organizationId != null) {
            String sortName = SearchPatterns.fold(draft.familyName() + " " + draft.givenName());
            contacts.findAll(visible(ContactQueries.namedAtOrganization(sortName, List.of(organizationId), today())))
                    .forEach(contact -> found.putIfAbsent(contact.id(), new DuplicateCandidate(contact.id(),
                            contact.displayName(), DuplicateCandidate.Reason.SAME_NAME_SAME_ORGANIZATION)));
        }
        if (excludeId != null) {
            found.remove(excludeId);
        }
        return List.copyOf(found.values());
    }

    public Optional<TagRow> tag(long id) {
        return tags.findById(id).map(tag -> new TagRow(tag.id(), tag.name()));
    }

    public List<TagRow> tags(String text, Pageable pageable) {
        return tags.search(SearchPatterns.contains(text), pageable).stream()
                .map(tag -> new TagRow(tag.id(), tag.name())).toList();
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails create(@Valid ContactDraft draft, @Nullable @Valid AffiliationDraft firstAffiliation) {
        SignedInUser me = currentUser.require();
        ContactDraft owned = draft.ownerId() == null ? draft.withSensitivity(draft.sensitivity(), me.id()) : draft;
        check(owned);
        Instant now = clock.instant();
        Contact contact = new Contact(now, me.username());
        Map<Long, String> organizationNames = new HashMap<>();
        if (firstAffiliation != null) {
            organizationNames.put(firstAffiliation.organizationId(), organizationName(firstAffiliation.organizationId()));
            checkDates(firstAffiliation);
            boolean current = firstAffiliation.to() == null || !firstAffiliation.to().isBefore(today());
            contact.addAffiliation(firstAffiliation.organizationId(), firstAffiliation.role(), firstAffiliation.from(),
                    firstAffiliation.to(), current);
        }
        contact.apply(owned, resolveTags(owned.tags()), organizationNames, groupOf(owned.countryCode()), today(),
                encryption);
        if (owned.sensitivity() != Sensitivity.NORMAL && !java.util.Objects.equals(owned.ownerId(), me.id())) {
            // whoever enters a restricted person keeps seeing them, whoever they chose as owner
            contact.grant(me.id(), me.username(), now);
        }
        Contact saved = contacts.saveAndFlush(contact);
        audit(AuditAction.CREATE, saved, RecordFields.none());
        return details(saved);
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails update(long id, long version, @Valid ContactDraft draft) {
        Contact contact = loadForChange(id, version);
        boolean accessChanges = contact.sensitivity() != draft.sensitivity()
                || !java.util.Objects.equals(contact.ownerId(), draft.ownerId());
        if (accessChanges && !canManageAccess(contact)) {
            throw new UserFacingException("contact.error.access-owner-only");
        }
        check(draft);
        RecordFields fieldsBefore = contact.auditFields();
        Sensitivity before = contact.sensitivity();
        Integer influenceBefore = contact.influence();
        Stance stanceBefore = contact.stance();
        contact.apply(draft, resolveTags(draft.tags()), organizationNamesOf(contact), groupOf(draft.countryCode()),
                today(), encryption);
        Instant now = clock.instant();
        String by = currentUser.require().username();
        contact.touch(now, by);
        positions.recordChange(contact, influenceBefore, stanceBefore, now, by);
        ContactDetails saved = details(contacts.saveAndFlush(contact));
        audit(AuditAction.UPDATE, contact, fieldsBefore);
        if (before != contact.sensitivity()) {
            events.publishEvent(new ContactSensitivityChanged(contact.id(), contact.sensitivity()));
        }
        return saved;
    }

    /**
     * The quick change of the stakeholder map: a contact's influence (1 to 5, or null for not assessed) and stance,
     * recorded in its position history. Refused, like every edit, when the contact changed since {@code version}
     * was read. Nothing is written when both stay as they are.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails changePosition(long id, long version, @Nullable @Min(1) @Max(5) Integer influence,
                                         @NotNull Stance stance) {
        Contact contact = loadForChange(id, version);
        RecordFields fieldsBefore = contact.auditFields();
        Integer influenceBefore = contact.influence();
        Stance stanceBefore = contact.stance();
        if (contact.setPosition(influence, stance)) {
            Instant now = clock.instant();
            String by = currentUser.require().username();
            contact.touch(now, by);
            positions.recordChange(contact, influenceBefore, stanceBefore, now, by);
            audit(AuditAction.UPDATE, contact, fieldsBefore);
        }
        return details(contacts.saveAndFlush(contact));
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails setArchived(long id, long version, boolean archived) {
        Contact contact = loadForChange(id, version);
        RecordFields fieldsBefore = contact.auditFields();
        contact.setArchived(archived);
        contact.touch(clock.instant(), currentUser.require().username());
        audit(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, contact, fieldsBefore);
        return details(contacts.saveAndFlush(contact));
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails addAffiliation(long contactId, long version, @Valid AffiliationDraft draft) {
        Contact contact = loadForChange(contactId, version);
        RecordFields fieldsBefore = contact.auditFields();
        checkDates(draft);
        organizationName(draft.organizationId());
        LocalDate today = today();
        boolean current = draft.to() == null || draft.to().isAfter(today);
        boolean firstCurrent = contact.affiliations().stream().noneMatch(a -> a.current(today));
        contact.addAffiliation(draft.organizationId(), draft.role(), draft.from(), draft.to(),
                current && (draft.primary() || firstCurrent));
        contact.refreshCopies(organizationNamesOf(contact), today);
        contact.touch(clock.instant(), currentUser.require().username());
        audit(AuditAction.UPDATE, contact, fieldsBefore);
        return details(contacts.saveAndFlush(contact));
    }

    /**
     * Removes an affiliation an import added, when the import is undone: it never existed. Nothing happens when
     * it was already removed.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void removeImportedAffiliation(long contactId, long affiliationId) {
        contacts.findById(contactId).ifPresent(contact -> {
            RecordFields fieldsBefore = contact.auditFields();
            if (contact.removeAffiliation(affiliationId)) {
                contact.refreshCopies(organizationNamesOf(contact), today());
                contact.touch(clock.instant(), currentUser.require().username());
                contacts.saveAndFlush(contact);
                audit(AuditAction.UPDATE, contact, fieldsBefore);
            }
        });
    }

    /**
     * Deletes contacts an import created, when the import is undone, with their emails, phones, tags, grants and
     * affiliations. The caller has made sure nothing else (an engagement, a follow-up) refers to them.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void removeImported(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            contacts.deleteWithTheirRows(ids);
            ids.forEach(id -> events.publishEvent(Audited.of(AuditAction.DELETE, RecordTypes.CONTACT, id)
                    .withDetail("created by an import that was undone")));
        }
    }

    /** Which of these organisations someone is (or was) affiliated to: they cannot be removed. */
    @Transactional(readOnly = true)
    public Set<Long> organizationsWithAffiliations(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? Set.of() : new HashSet<>(affiliations.organizationsAmong(organizationIds));
    }

    /** Ends an affiliation (someone left the mission): it stays in the history with its end date. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails endAffiliation(long contactId, long version, long affiliationId, LocalDate endedOn) {
        Contact contact = loadForChange(contactId, version);
        RecordFields fieldsBefore = contact.auditFields();
        Affiliation affiliation = contact.affiliation(affiliationId).orElseThrow(StaleRecordException::new);
        if (affiliation.startDate() != null && endedOn.isBefore(affiliation.startDate())) {
            throw new InvalidFieldException("to", "error.dates-out-of-order");
        }
        affiliation.end(endedOn);
        contact.refreshCopies(organizationNamesOf(contact), today());
        contact.touch(clock.instant(), currentUser.require().username());
        audit(AuditAction.UPDATE, contact, fieldsBefore);
        return details(contacts.saveAndFlush(contact));
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails makePrimary(long contactId, long version, long affiliationId) {
        Contact contact = loadForChange(contactId, version);
        RecordFields fieldsBefore = contact.auditFields();
        Affiliation affiliation = contact.affiliation(affiliationId).orElseThrow(StaleRecordException::new);
        if (!affiliation.current(today())) {
            throw new UserFacingException("contact.error.primary-must-be-current");
        }
        contact.makePrimary(affiliation);
        contact.refreshCopies(organizationNamesOf(contact), today());
        contact.touch(clock.instant(), currentUser.require().username());
        audit(AuditAction.UPDATE, contact, fieldsBefore);
        return details(contacts.saveAndFlush(contact));
    }

    /** Lets a colleague see a restricted or confidential contact. Owner, managers and administrators only. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails grantAccess(long contactId, long userId) {
        Contact contact = findVisible(contactId).orElseThrow(StaleRecordException::new);
        requireAccessManagement(contact);
        StaffMember colleague = staff.find(userId).filter(StaffMember::enabled)
                .orElseThrow(() -> new InvalidFieldException("user", "contact.error.unknown-user"));
        SignedInUser me = currentUser.require();
        if (contact.grant(colleague.id(), me.username(), clock.instant())) {
            contact.touch(clock.instant(), me.username());
            events.publishEvent(Audited.of(AuditAction.GRANT, RecordTypes.CONTACT, contactId)
                    .withChanges(List.of(FieldChange.of("access", null, colleague.username()))));
        }
        return details(contacts.saveAndFlush(contact));
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public ContactDetails revokeAccess(long contactId, long userId) {
        Contact contact = findVisible(contactId).orElseThrow(StaleRecordException::new);
        requireAccessManagement(contact);
        if (contact.revoke(userId)) {
            contact.touch(clock.instant(), currentUser.require().username());
            String colleague = staff.find(userId).map(StaffMember::username).orElse(String.valueOf(userId));
            events.publishEvent(Audited.of(AuditAction.REVOKE, RecordTypes.CONTACT, contactId)
                    .withChanges(List.of(FieldChange.of("access", colleague, null))));
        }
        return details(contacts.saveAndFlush(contact));
    }

    /**
     * Break-glass access for an administrator to a contact they may not see (CONFIDENTIAL, not theirs, not granted):
     * with a reason, it opens the contact to them until the policy's expiry, records who, when, why and until when
     * for the owner to see, and leaves a BREAK_GLASS event in the audit trail. The reason is checked before anything
     * is looked up, and an id that names no contact is answered (empty) only then, and audited too: the offer tells
     * nothing about which ids exist. A contact the administrator already sees is simply returned.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<ContactDetails> breakGlass(long contactId, String reason) {
        String why = breakGlassPolicy.checkedReason(reason);
        Optional<Contact> visible = findVisible(contactId);
        if (visible.isPresent()) {
            return visible.map(this::details);
        }
        Optional<Contact> found = contacts.findById(contactId);
        events.publishEvent(Audited.of(AuditAction.BREAK_GLASS, "contact", contactId)
                .withDetail(found.isPresent() ? why : BreakGlassPolicy.noSuchRecordDetail(why)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        Instant until = breakGlassPolicy.expiry(now);
        Contact contact = found.get();
        contact.breakGlass(me.id(), me.username(), now, until);
        contacts.saveAndFlush(contact);
        breakGlassLog.save(new ContactBreakGlass(contactId, me.id(), why, now, until));
        return findVisible(contactId).map(this::details);
    }

    /**
     * Applies an action to every selected contact the person may see (and, for a change of owner, may manage),
     * all or nothing. Returns how many contacts it changed.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public int bulk(BulkSelection selection, BulkAction action) {
        if (action instanceof BulkAction.AddTag add && add.tagName().isBlank()) {
            throw new InvalidFieldException("tag", "error.required");
        }
        Specification<Contact> selected = selection.filter() != null
                ? matching(selection.filter())
                : ContactQueries.withIdIn(selection.ids().isEmpty() ? List.of(-1L) : selection.ids());
        Specification<Contact> allowed = visible(selected);
        if (action instanceof BulkAction.SetOwner && !viewer().seesRestricted()) {
            long me = viewer().userId();
            allowed = allowed.and((root, query, cb) -> cb.equal(root.get("ownerId"), me));
        }
        List<Long> ids = contacts.findIds(allowed);
        // archiving leaves those already archived as they are: only the others are filed as archived
        List<Long> audited = switch (action) {
            case BulkAction.Archive ignored -> contacts.findIds(allowed.and(archivedIs(false)));
            case BulkAction.Restore ignored -> contacts.findIds(allowed.and(archivedIs(true)));
            default -> ids;
        };
        String by = currentUser.require().username();
        Instant now = clock.instant();
        Long tagId = switch (action) {
            case BulkAction.AddTag add -> resolveTags(Set.of(add.tagName())).iterator().next().id();
            case BulkAction.RemoveTag remove -> remove.tagId();
            default -> null;
        };
        if (action instanceof BulkAction.SetOwner setOwner && setOwner.ownerId() != null
                && staff.find(setOwner.ownerId()).filter(StaffMember::enabled).isEmpty()) {
            throw new InvalidFieldException("owner", "contact.error.unknown-user");
        }
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            changed += switch (action) {
                case BulkAction.AddTag ignored -> touched(chunk, contacts.addTag(chunk, tagId), now, by);
                case BulkAction.RemoveTag ignored -> touched(chunk, contacts.removeTag(chunk, tagId), now, by);
                case BulkAction.SetOwner setOwner -> contacts.setOwner(chunk, setOwner.ownerId(), now, by);
                case BulkAction.Archive ignored -> contacts.setArchived(chunk, true, now, by);
                case BulkAction.Restore ignored -> contacts.setArchived(chunk, false, now, by);
            };
        }
        String tagName = tagId == null ? null : tags.findById(tagId).map(Tag::name).orElse(String.valueOf(tagId));
        audited.forEach(id -> events.publishEvent(bulkEvent(action, id, tagName)));
        return changed;
    }

    /** One contact's part in a bulk action, as the audit trail files it: per contact, for its history. */
    private static Audited bulkEvent(BulkAction action, long id, @Nullable String tagName) {
        return switch (action) {
            case BulkAction.Archive ignored -> Audited.of(AuditAction.ARCHIVE, RecordTypes.CONTACT, id)
                    .withChanges(List.of(FieldChange.of("archived", false, true))).withDetail("bulk action");
            case BulkAction.Restore ignored -> Audited.of(AuditAction.RESTORE, RecordTypes.CONTACT, id)
                    .withChanges(List.of(FieldChange.of("archived", true, false))).withDetail("bulk action");
            case BulkAction.AddTag ignored -> Audited.of(AuditAction.UPDATE, RecordTypes.CONTACT, id)
                    .withDetail("bulk action: tag " + tagName + " added");
            case BulkAction.RemoveTag ignored -> Audited.of(AuditAction.UPDATE, RecordTypes.CONTACT, id)
                    .withDetail("bulk action: tag " + tagName + " removed");
            case BulkAction.SetOwner setOwner -> Audited.of(AuditAction.UPDATE, RecordTypes.CONTACT, id)
                    .withDetail("bulk action: owner set to user " + setOwner.ownerId());
        };
    }

    private static Specification<Contact> archivedIs(boolean archived) {
        return (root, query, cb) -> cb.equal(root.get("archived"), archived);
    }

    private int touched(List<Long> chunk, int changedRows, Instant now, String by) {
        if (changedRows > 0) {
            contacts.touch(chunk, now, by);
        }
        return changedRows;
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    /**
     * Files a change of one contact in the audit trail, with its fields before and as they are now; an edit that
     * changed nothing is not filed.
     */
    private void audit(AuditAction action, Contact contact, RecordFields before) {
        List<FieldChange> changes = before.changesTo(contact.auditFields());
        if (!changes.isEmpty() || action == AuditAction.CREATE) {
            events.publishEvent(Audited.of(action, RecordTypes.CONTACT, contact.id()).withChanges(changes));
        }
    }

    private Viewer viewer() {
        return Viewer.of(currentUser.require());
    }

    private Specification<Contact> visible(Specification<Contact> specification) {
        return ContactVisibility.visibleTo(viewer()).and(specification);
    }

    /**
     * The list's filter, its last-engaged range read from the engagements the person may see (the contact's own
     * date, set by every engagement, only narrows the search): the latest such engagement started within it.
     */
    private Specification<Contact> matching(ContactFilter filter) {
        Specification<Contact> matching = ContactQueries.matching(filter, today());
        LocalDate from = filter.engagedFrom();
        LocalDate to = filter.engagedTo();
        if (from == null && to == null) {
            return matching;
        }
        Instant after = to == null ? null : startOf(to.plusDays(1));
        return matching.and((root, query, cb) -> {
            jakarta.persistence.criteria.Predicate within = engaged(root.get("id"),
                    from == null ? null : startOf(from), after, query, cb);
            // nothing at all after the range needs no look-up; otherwise nothing the person may see
            return to == null ? within : cb.and(within, cb.or(cb.lessThanOrEqualTo(root.get("lastEngagedOn"), to),
                    cb.not(engaged(root.get("id"), after, null, query, cb))));
        });
    }

    /** The retention review's people: not engaged since the cutoff in anything the person may see. */
    private Specification<Contact> notEngagedSince(LocalDate cutoff) {
        return ContactQueries.notEngagedSince(cutoff, (contactId, lastEngagedOn, query, cb) ->
                cb.not(engaged(contactId, startOf(cutoff), null, query, cb)));
    }

    /** Without the engagement feature there are no engagements to see. */
    private jakarta.persistence.criteria.Predicate engaged(jakarta.persistence.criteria.Expression<Long> contactId,
                                                          @Nullable Instant from, @Nullable Instant until,
                                                          jakarta.persistence.criteria.AbstractQuery<?> query,
                                                          jakarta.persistence.criteria.CriteriaBuilder cb) {
        ContactEngagements seen = engagements.getIfAvailable();
        return seen == null ? cb.disjunction() : seen.engaged(contactId, from, until, query, cb);
    }

    /**
     * When the person last engaged each of these contacts, as far as they may know: the latest engagement they may
     * see, not the contact's own date, which may be a meeting hidden from them.
     */
    private Map<Long, LocalDate> lastEngagedSeen(Collection<Long> ids) {
        ContactEngagements seen = engagements.getIfAvailable();
        return seen == null || ids.isEmpty() ? Map.of() : seen.lastEngagedOn(ids);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    private Optional<Contact> findVisible(long id) {
        Viewer viewer = viewer();
        Instant now = clock.instant();
        return contacts.findOne(visible(ContactQueries.withId(id))).filter(contact ->
                !ContactVisibility.seenOnlyThroughExpiredBreakGlass(contact, viewer, now));
    }

    private Contact loadForChange(long id, long version) {
        Contact contact = findVisible(id).orElseThrow(StaleRecordException::new);
        if (contact.version() != version) {
            throw new StaleRecordException(staff.displayName(contact.updatedBy()), contact.updatedAt());
        }
        return contact;
    }

    private boolean canManageAccess(Contact contact) {
        SignedInUser me = currentUser.require();
        return me.role().includes(Role.MANAGER) || java.util.Objects.equals(contact.ownerId(), me.id());
    }

    private void requireAccessManagement(Contact contact) {
        if (!canManageAccess(contact)) {
            throw new UserFacingException("contact.error.access-owner-only");
        }
    }

    private void check(ContactDraft draft) {
        if (draft.countryCode() != null && !countries.exists(draft.countryCode())) {
            throw new InvalidFieldException("countryCode", "error.unknown-country", draft.countryCode());
        }
        if (draft.emails().stream().filter(EmailEntry::primary).count() > 1) {
            throw new InvalidFieldException("emails", "contact.error.one-primary-email");
        }
        if (draft.phones().stream().filter(PhoneEntry::primary).count() > 1) {
            throw new InvalidFieldException("phones", "contact.error.one-primary-phone");
        }
        Set<String> distinct = new HashSet<>();
        for (EmailEntry entry : draft.emails()) {
            if (!distinct.add(ContactEmail.key(entry.email()))) {
                throw new InvalidFieldException("emails", "contact.error.email-twice", entry.email());
            }
        }
        if (draft.ownerId() != null && staff.find(draft.ownerId()).filter(StaffMember::enabled).isEmpty()) {
            throw new InvalidFieldException("owner", "contact.error.unknown-user");
        }
    }

    private static void checkDates(AffiliationDraft draft) {
        if (draft.from() != null && draft.to() != null && draft.to().isBefore(draft.from())) {
            throw new InvalidFieldException("to", "error.dates-out-of-order");
        }
    }

    private Set<Tag> resolveTags(Set<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                byKey.putIfAbsent(Tag.key(name), name.strip());
            }
        }
        if (byKey.isEmpty()) {
            return Set.of();
        }
        Set<Tag> resolved = new HashSet<>(tags.findByNameKeyIn(byKey.keySet()));
        Set<String> known = resolved.stream().map(tag -> Tag.key(tag.name())).collect(Collectors.toSet());
        byKey.forEach((key, name) -> {
            if (!known.contains(key)) {
                resolved.add(tags.save(new Tag(name)));
            }
        });
        return resolved;
    }

    private String organizationName(long organizationId) {
        return organizations.find(organizationId).map(OrganizationRow::displayName)
                .orElseThrow(() -> new InvalidFieldException("organization", "contact.error.unknown-organization"));
    }

    private Map<Long, String> organizationNamesOf(Contact contact) {
        return organizations.displayNames(contact.organizationIds());
    }

    private @Nullable RegionalGroup groupOf(@Nullable String countryCode) {
        return countryCode == null ? null : countries.find(countryCode).map(CountryRow::regionalGroup).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The page's order: the one asked for, else by name; then by id, so that equal names page steadily. It starts
     * with the columns the filter fixes ("archived", then the country, group, owner or category), which changes
     * nothing in the result but lets H2 read the page in the order of the matching (archived, ..., sort_name, id)
     * index instead of sorting every row (MySQL needs no such help).
     */
    private static Pageable sorted(ContactFilter filter, Pageable pageable) {
        List<String> fixed = new ArrayList<>();
        if (filter.archiveState() != ArchiveState.ALL) {
            fixed.add("archived");
        }
        // The stored last-engaged day counts meetings the reader may not see: an order by it would give a hidden
        // meeting away (a person met in confidence last week listed first), so it is never sorted on.
        Sort requested = Sort.by(pageable.getSort().filter(order -> !order.getProperty().equals("lastEngagedOn"))
                .toList());
        if (requested.isUnsorted()) {
            if (filter.countryCode() != null) {
                fixed.add("countryCode");
            } else if (filter.regionalGroup() != null) {
                fixed.add("regionalGroup");
            } else if (filter.ownerId() != null) {
                fixed.add("ownerId");
            } else if (filter.categories().size() == 1) {
                fixed.add("category");
            }
            requested = Sort.by("sortName");
        }
        Sort sort = (fixed.isEmpty() ? requested : Sort.by(fixed.toArray(String[]::new)).and(requested))
                .and(Sort.by("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    // ---- mapping -------------------------------------------------------------------------------------------

    private List<ContactRow> rows(List<Contact> page) {
        return rowsFrom(page.stream().map(this::rowValues).toList(), new HashMap<>(), new HashMap<>());
    }

    /** A list row's values, the primary email and phone opened (what a list shows, and only that). */
    private RowValues rowValues(Contact contact) {
        return new RowValues(contact.id(), contact.honorific(), contact.givenName(), contact.familyName(),
                contact.jobTitle(), contact.category(), contact.countryCode(), contact.organizationName(),
                contact.primaryEmail(encryption), contact.primaryPhone(encryption), contact.ownerId(),
                contact.sensitivity(), contact.influence(), contact.stance(), contact.lastEngagedOn(),
                contact.archived(), contact.correspondenceLanguage(), contact.version());
    }

    /** The same read straight from the table, in the order of {@link ContactIdQueries#ROW_ATTRIBUTES}. */
    private RowValues rowValues(Object[] values) {
        Sensitivity sensitivity = (Sensitivity) values[11];
        return new RowValues(((Number) values[0]).longValue(), (String) values[1], (String) values[2],
                (String) values[3], (String) values[4], (StakeholderCategory) values[5], (String) values[6],
                (String) values[7], encryption.read(sensitivity, ContactSecrets.EMAIL, (String) values[8]),
                encryption.read(sensitivity, ContactSecrets.PHONE, (String) values[9]), (Long) values[10],
                sensitivity, (Integer) values[12], (Stance) values[13], (LocalDate) values[14],
                (Boolean) values[15], (String) values[16], ((Number) values[17]).longValue());
    }

    /** The columns a list row shows, read from an entity or straight from the table (for exports). */
    private record RowValues(long id, @Nullable String honorific, String givenName, String familyName,
                             @Nullable String jobTitle, StakeholderCategory category, @Nullable String countryCode,
                             @Nullable String organizationName, @Nullable String primaryEmail,
                             @Nullable String primaryPhone, @Nullable Long ownerId, Sensitivity sensitivity,
                             @Nullable Integer influence, Stance stance, @Nullable LocalDate lastEngagedOn,
                             boolean archived, @Nullable String correspondenceLanguage, long version) {
    }

    /** {@code namesById} and {@code owners}: names already looked up, and where to keep the new ones. */
    private List<ContactRow> rowsFrom(List<RowValues> page, Map<Long, String> namesById,
                                      Map<Long, StaffMember> owners) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(RowValues::id).toList();
        List<Object[]> links = contacts.tagIdsOf(ids);
        Set<Long> unknownTags = links.stream().map(pair -> ((Number) pair[1]).longValue())
                .filter(id -> !namesById.containsKey(id)).collect(Collectors.toSet());
        if (!unknownTags.isEmpty()) {
            tags.findAllById(unknownTags).forEach(tag -> namesById.put(tag.id(), tag.name()));
        }
        Map<Long, List<String>> tagNames = new HashMap<>();
        for (Object[] pair : links) {
            tagNames.computeIfAbsent(((Number) pair[0]).longValue(), id -> new ArrayList<>())
                    .add(namesById.get(((Number) pair[1]).longValue()));
        }
        tagNames.values().forEach(names -> names.sort(String.CASE_INSENSITIVE_ORDER));
        Set<Long> unknownOwners = page.stream().map(RowValues::ownerId).filter(java.util.Objects::nonNull)
                .filter(id -> !owners.containsKey(id)).collect(Collectors.toSet());
        if (!unknownOwners.isEmpty()) {
            owners.putAll(staff.byIds(unknownOwners));
        }
        // never engaged at all is never engaged for anyone: only the others are looked up
        Map<Long, LocalDate> lastEngaged = lastEngagedSeen(page.stream()
                .filter(contact -> contact.lastEngagedOn() != null).map(RowValues::id).toList());
        return page.stream().map(contact -> new ContactRow(contact.id(), contact.honorific(), contact.givenName(),
                contact.familyName(), contact.jobTitle(), contact.category(), contact.countryCode(),
                contact.organizationName(), contact.primaryEmail(), contact.primaryPhone(), contact.ownerId(),
                ownerName(owners, contact.ownerId()), contact.sensitivity(), contact.influence(), contact.stance(),
                lastEngaged.get(contact.id()), contact.archived(), tagNames.getOrDefault(contact.id(), List.of()),
                contact.correspondenceLanguage(), contact.version())).toList();
    }

    private static @Nullable String ownerName(Map<Long, StaffMember> owners, @Nullable Long ownerId) {
        StaffMember owner = ownerId == null ? null : owners.get(ownerId);
        return owner == null ? null : owner.displayName();
    }

    private ContactDetails details(Contact contact) {
        LocalDate today = today();
        Map<Long, String> organizationNames = organizationNamesOf(contact);
        List<AffiliationRow> history = contact.affiliations().stream()
                .sorted(java.util.Comparator.comparing((Affiliation a) -> !a.current(today))
                        .thenComparing(a -> a.startDate() == null ? LocalDate.MIN : a.startDate(),
                                java.util.Comparator.reverseOrder()))
                .map(a -> new AffiliationRow(a.id() == null ? 0 : a.id(), a.organizationId(),
                        organizationNames.getOrDefault(a.organizationId(), "?"), a.role(), a.startDate(),
                        a.endDate(), a.primary(), a.current(today)))
                .toList();
        Collection<Long> people = new HashSet<>();
        contact.grants().forEach(grant -> people.add(grant.userId()));
        if (contact.ownerId() != null) {
            people.add(contact.ownerId());
        }
        Map<Long, StaffMember> colleagues = staff.byIds(people);
        List<GrantRow> grants = contact.grants().stream().filter(grant -> grant.kind() == GrantKind.GRANT)
                .map(grant -> new GrantRow(grant.userId(), colleagues.containsKey(grant.userId())
                        ? colleagues.get(grant.userId()).displayName() : "?", grant.grantedBy(), grant.grantedAt()))
                .sorted(java.util.Comparator.comparing(GrantRow::displayName))
                .toList();
        ContactDraft draft = new ContactDraft(contact.honorific(), contact.givenName(), contact.familyName(),
                contact.jobTitle(), contact.category(), contact.countryCode(), contact.correspondenceLanguage(),
                contact.languages(), contact.emailEntries(encryption), contact.phoneEntries(encryption),
                contact.ownerId(), contact.influence(), contact.stance(), contact.sensitivity(), contact.lawfulBasis(),
                contact.consentNote(encryption), contact.tags().stream().map(Tag::name).collect(Collectors.toSet()));
        SignedInUser me = currentUser.require();
        return new ContactDetails(contact.id(), draft, contact.displayName(), contact.organizationName(),
                ownerName(colleagues, contact.ownerId()), contact.lastEngagedOn() == null ? null
                        : lastEngagedSeen(List.of(contact.id())).get(contact.id()), contact.archived(), history,
                grants, contact.createdAt(), contact.createdBy(), contact.updatedAt(), contact.updatedBy(),
                contact.version(), me.role().includes(Role.OFFICER), canManageAccess(contact),
                breakGlassSeenBy(contact, me));
    }

    /**
     * The break-glass accesses opened since then to the contacts the signed-in person owns, newest first, at most
     * {@code limit}: for a notice on their start page.
     */
    public List<BreakGlassNotice> breakGlassOnMine(Instant since, int limit) {
        SignedInUser me = currentUser.require();
        List<ContactBreakGlass> accesses = breakGlassLog.onContactsOf(me.id(), since, PageRequest.of(0, limit));
        Map<Long, String> names = namesOf(accesses.stream().map(ContactBreakGlass::contactId).toList());
        Map<Long, StaffMember> who = staff.byIds(accesses.stream().map(ContactBreakGlass::userId)
                .collect(Collectors.toSet()));
        return accesses.stream().filter(access -> names.containsKey(access.contactId()))
                .map(access -> new BreakGlassNotice("contact", access.contactId(), names.get(access.contactId()),
                        new BreakGlassAccess(access.userId(), who.containsKey(access.userId())
                                ? who.get(access.userId()).displayName() : "?", access.openedAt(), access.reason(),
                                access.expiresAt()))).toList();
    }

    /** The latest break-glass accesses to the contact, for its owner and administrators; nothing for others. */
    private List<BreakGlassAccess> breakGlassSeenBy(Contact contact, SignedInUser me) {
        if (me.role() != Role.ADMIN && !java.util.Objects.equals(contact.ownerId(), me.id())) {
            return List.of();
        }
        List<ContactBreakGlass> accesses = breakGlassLog.findByContactIdOrderByOpenedAtDescIdDesc(contact.id(),
                PageRequest.of(0, BREAK_GLASS_SHOWN));
        Map<Long, StaffMember> who = staff.byIds(accesses.stream().map(ContactBreakGlass::userId)
                .collect(Collectors.toSet()));
        return accesses.stream().map(access -> new BreakGlassAccess(access.userId(),
                who.containsKey(access.userId()) ? who.get(access.userId()).displayName() : "?", access.openedAt(),
                access.reason(), access.expiresAt())).toList();
    }

    /**
     * The values in lists of at most {@link #CHUNK}: MariaDB turns an IN list of 1,000 values or more into a
     * derived table and may then plan the whole join around it (a matching query went from 60 ms to over a second).
     */
    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
