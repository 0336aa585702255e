package org.interlocutor.engagement;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.ParticipantFacts;
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
import org.springframework.context.ApplicationEventPublisher;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.interlocutor.shared.crypto.FieldEncryption;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Engagements: logging, editing and deleting them, and reading them as timelines and lists. Every read applies
 * {@link EngagementVisibility} for the signed-in person; an engagement they may not see is answered exactly as one
 * that does not exist. Every write keeps, in its own transaction, the engagement's search keys and its
 * participants' last-engagement dates right.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EngagementService {

    /** How many of an engagement's latest break-glass accesses its page lists. */
    private static final int BREAK_GLASS_SHOWN = 50;

    private final EngagementRepository engagements;
    private final FollowUpRepository followUps;
    private final EngagementSearch search;
    private final EngagementReach reach;
    private final ParticipantSearch participantSearch;
    private final EngagementKeyWriter keyWriter;
    private final FollowUpRows followUpRows;
    private final EngagementCounts counts;
    private final OrganizationPlaces places;
    private final ContactService contacts;
    private final OrganizationService organizations;
    private final CampaignService campaigns;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EngagementAccess access;
    private final EngagementBreakGlassRepository breakGlassLog;
    private final EngagementGrantRepository grants;
    private final BreakGlassPolicy breakGlassPolicy;
    private final ApplicationEventPublisher events;
    private final FieldEncryption encryption;

    EngagementService(EngagementRepository engagements, FollowUpRepository followUps, EngagementSearch search,
                      EngagementReach reach, ParticipantSearch participantSearch, EngagementKeyWriter keyWriter,
                      FollowUpRows followUpRows, EngagementCounts counts, OrganizationPlaces places,
                      ContactService contacts,
                      OrganizationService organizations, CampaignService campaigns,
                      StaffDirectory staff, CurrentUser currentUser, Clock clock, EngagementAccess access,
                      EngagementBreakGlassRepository breakGlassLog, EngagementGrantRepository grants,
                      BreakGlassPolicy breakGlassPolicy, ApplicationEventPublisher events,
                      FieldEncryption encryption) {
        this.encryption = encryption;
        this.access = access;
        this.breakGlassLog = breakGlassLog;
        this.grants = grants;
        this.breakGlassPolicy = breakGlassPolicy;
        this.events = events;
        this.engagements = engagements;
        this.followUps = followUps;
        this.search = search;
        this.reach = reach;
        this.participantSearch = participantSearch;
        this.keyWriter = keyWriter;
        this.followUpRows = followUpRows;
        this.counts = counts;
        this.places = places;
        this.contacts = contacts;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** A page of the engagements the filter selects, newest first; the page's sort is ignored. */
    public List<EngagementRow> rows(EngagementFilter filter, Pageable pageable) {
        return rowsOf(search.ids(filter, currentUser.require(), pageable.getOffset(), pageable.getPageSize()));
    }

    /**
     * The same page as a list shows it, without notes and outcome (null in every row): a list that does not show
     * them does not decrypt a confidential engagement's.
     */
    public List<EngagementRow> listRows(EngagementFilter filter, Pageable pageable) {
        return rowsOf(search.ids(filter, currentUser.require(), pageable.getOffset(), pageable.getPageSize()),
                false);
    }

    /**
     * The engagements among these ids that the reader may see and that are not deleted, in the order of the ids:
     * the rows a person ticked in a list.
     */
    @Transactional(readOnly = true)
    public List<EngagementRow> selected(List<Long> ids) {
        SignedInUser me = currentUser.require();
        Set<Long> visible = new HashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            engagements.findAll(EngagementVisibility.liveWithIdInVisibleTo(chunk, me))
                    .forEach(engagement -> visible.add(engagement.id()));
        }
        return rowsOf(ids.stream().distinct().filter(visible::contains).toList());
    }

    /**
     * Every engagement a person took part in or is named in by a follow-up, deleted ones included, newest first,
     * whoever may otherwise see them: for a subject-access request, which must be complete. Administrators only; the
     * request that reads them is audited as an export of the person. Participants are named as far as the
     * administrator may see them, as everywhere else.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<EngagementRow> subjectAccessEngagements(long contactId) {
        Set<Long> ids = new java.util.LinkedHashSet<>(engagements.idsWithParticipant(contactId));
        followUps.findAll(FollowUpService.concerning(contactId)).forEach(followUp ->
                ids.add(followUp.engagementId()));
        List<EngagementRow> found = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            found.addAll(rowsOf(chunk));
        }
        return found.stream().sorted(Comparator.comparing(EngagementRow::startedAt).reversed()
                .thenComparing(Comparator.comparingLong(EngagementRow::id).reversed())).toList();
    }

    public long count(EngagementFilter filter) {
        return search.count(filter, currentUser.require());
    }

    /**
     * The people who took part in a campaign's engagements, the most recently engaged first: only engagements and
     * people the reader may see.
     */
    public List<ContactRow> campaignParticipants(long campaignId, Pageable pageable) {
        return contacts.rowsOf(participantSearch.ofCampaign(campaignId, currentUser.require(), pageable));
    }

    public long countCampaignParticipants(long campaignId) {
        return participantSearch.countOfCampaign(campaignId, currentUser.require());
    }

    // ---- figures (the dashboard's): only what the reader may see, read from the key table's index -----------

    /** Which of these countries an engagement the person may see touched, started in [from, until). */
    public Set<String> countriesEngaged(Collection<String> countryCodes, Instant from, Instant until) {
        Map<String, String> byKey = new HashMap<>();
        countryCodes.forEach(code -> byKey.put(EngagementKeys.country(code), code));
        return counts.anyOf(byKey.keySet(), from, until, currentUser.require()).stream().map(byKey::get)
                .collect(Collectors.toSet());
    }

    /**
     * How many engagements the person may see started in [from, until), by kind and by the UTC month they started
     * in (kinds and months without any left out).
     */
    public Map<EngagementKind, Map<YearMonth, Long>> countByKindAndMonth(Instant from, Instant until) {
        Map<String, EngagementKind> byKey = new HashMap<>();
        for (EngagementKind kind : EngagementKind.values()) {
            byKey.put(EngagementKeys.kind(kind), kind);
        }
        Map<EngagementKind, Map<YearMonth, Long>> byKind = new java.util.EnumMap<>(EngagementKind.class);
        counts.countByKeyAndMonth(byKey.keySet(), from, until, currentUser.require())
                .forEach((key, months) -> byKind.put(byKey.get(key), months));
        return byKind;
    }

    /**
     * How many engagements the person may see started in [from, until), by campaign (archived campaigns included; one
     * filed under two campaigns counts for both) and by the UTC month they started in, and how many had no campaign.
     */
    public CampaignCounts countByCampaignAndMonth(Instant from, Instant until) {
        Map<String, Long> byKey = new HashMap<>();
        for (long id : campaigns.allIds()) {
            byKey.put(EngagementKeys.campaign(id), id);
        }
        Set<String> lookups = new HashSet<>(byKey.keySet());
        lookups.add(EngagementKeys.NO_CAMPAIGN);
        Map<String, Map<YearMonth, Long>> found = counts.countByKeyAndMonth(lookups, from, until,
                currentUser.require());
        Map<Long, Map<YearMonth, Long>> byCampaign = new HashMap<>();
        found.forEach((key, months) -> {
            if (byKey.containsKey(key)) {
                byCampaign.put(byKey.get(key), months);
            }
        });
        return new CampaignCounts(byCampaign, found.getOrDefault(EngagementKeys.NO_CAMPAIGN, Map.of()));
    }

    /**
     * Key people going cold: the active contacts of at least this influence that the person may see, with no
     * engagement the person may see that started in [from, until); the most influential first, then by name.
     */
    public List<QuietContact> quietContacts(int minInfluence, Instant from, Instant until, Pageable pageable) {
        SignedInUser me = currentUser.require();
        List<ContactRow> quiet = contacts.influential(minInfluence, (contactId, lastEngagedOn, query, cb) ->
                EngagementCounts.notEngaged(contactId, lastEngagedOn, from, until, query, cb, me), pageable);
        Map<String, Instant> latest = counts.latestOf(quiet.stream()
                .map(contact -> EngagementKeys.contact(contact.id())).toList(), until, me);
        return quiet.stream().map(contact -> new QuietContact(contact,
                latest.get(EngagementKeys.contact(contact.id())))).toList();
    }

    public long countQuietContacts(int minInfluence, Instant from, Instant until) {
        SignedInUser me = currentUser.require();
        return contacts.countInfluential(minInfluence, (contactId, lastEngagedOn, query, cb) ->
                EngagementCounts.notEngaged(contactId, lastEngagedOn, from, until, query, cb, me));
    }

    /**
     * Which of these contacts take part in an engagement or are named in a follow-up, archived engagements
     * included: they cannot be removed (an undone import archives them instead). Bookkeeping, never shown.
     */
    @Transactional(readOnly = true)
    public Set<Long> contactsInUse(Collection<Long> contactIds) {
        Set<Long> used = new HashSet<>();
        for (List<Long> chunk : chunks(contactIds)) {
            used.addAll(engagements.participantsAmong(chunk));
            used.addAll(engagements.followUpContactsAmong(chunk));
        }
        return used;
    }

    /** Which of these organisations an engagement is filed under. Bookkeeping, never shown. */
    @Transactional(readOnly = true)
    public Set<Long> organizationsInUse(Collection<Long> organizationIds) {
        Set<Long> used = new HashSet<>();
        for (List<Long> chunk : chunks(organizationIds)) {
            used.addAll(engagements.organizationsAmong(chunk));
        }
        return used;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }

    // ---- reach, for outreach plans ------------------------------------------------------------------------

    /**
     * A test for another feature's query (an outreach plan's row, with one such column per target): true when an
     * engagement the signed-in person may see, started at or after {@code since}, had this contact among its
     * participants. The need-to-know rule stays {@link EngagementVisibility}'s; the test reads the contact's
     * timeline keys from the start of the period and stops at the first such engagement.
     */
    public Predicate contactEngagedSince(long contactId, Instant since, AbstractQuery<?> query, CriteriaBuilder cb) {
        return EngagementReach.engagedSince(EngagementKeys.contact(contactId), since, query, cb,
                currentUser.require());
    }

    /**
     * As {@link #contactEngagedSince}, for an organisation as its timeline counts it: the engagements it was listed
     * in and those its people (members when the engagement was logged) took part in.
     */
    public Predicate organizationEngagedSince(long organizationId, Instant since, AbstractQuery<?> query,
                                              CriteriaBuilder cb) {
        return EngagementReach.engagedSince(EngagementKeys.organization(organizationId), since, query, cb,
                currentUser.require());
    }

    /**
     * As {@link #contactEngagedSince}, for a country as its timeline counts it: the engagements its people took part
     * in, and those listing an organisation of that country.
     */
    public Predicate countryEngagedSince(String countryCode, Instant since, AbstractQuery<?> query,
                                         CriteriaBuilder cb) {
        return EngagementReach.engagedSince(EngagementKeys.country(countryCode), since, query, cb,
                currentUser.require());
    }

    /**
     * When each of these contacts, organisations and countries (counted as their timelines count them) was last
     * engaged at or after {@code since}, through the engagements the signed-in person may see. For a page of rows:
     * it reads every key row of the period.
     */
    public LastEngaged lastEngagedSince(Collection<Long> contactIds, Collection<Long> organizationIds,
                                        Collection<String> countryCodes, Instant since) {
        Map<String, Long> contactKeys = new HashMap<>();
        contactIds.forEach(id -> contactKeys.put(EngagementKeys.contact(id), id));
        Map<String, Long> organizationKeys = new HashMap<>();
        organizationIds.forEach(id -> organizationKeys.put(EngagementKeys.organization(id), id));
        Map<String, String> countryKeys = new HashMap<>();
        countryCodes.forEach(code -> countryKeys.put(EngagementKeys.country(code), code));
        List<String> lookups = new ArrayList<>(contactKeys.keySet());
        lookups.addAll(organizationKeys.keySet());
        lookups.addAll(countryKeys.keySet());
        Map<Long, Instant> contactsLast = new HashMap<>();
        Map<Long, Instant> organizationsLast = new HashMap<>();
        Map<String, Instant> countriesLast = new HashMap<>();
        reach.latestSince(lookups, since, currentUser.require()).forEach((lookup, at) -> {
            if (contactKeys.containsKey(lookup)) {
                contactsLast.put(contactKeys.get(lookup), at);
            } else if (organizationKeys.containsKey(lookup)) {
                organizationsLast.put(organizationKeys.get(lookup), at);
            } else if (countryKeys.containsKey(lookup)) {
                countriesLast.put(countryKeys.get(lookup), at);
            }
        });
        return new LastEngaged(contactsLast, organizationsLast, countriesLast);
    }

    public Optional<EngagementDetails> find(long id) {
        return findVisible(id).filter(engagement -> !engagement.archived()).map(this::details);
    }

    /**
     * The engagement as its page opens it: like {@link #find}, and a RESTRICTED or CONFIDENTIAL engagement's
     * opening is filed in the audit trail.
     */
    public Optional<EngagementDetails> open(long id) {
        Optional<Engagement> found = findVisible(id).filter(engagement -> !engagement.archived());
        found.filter(engagement -> engagement.sensitivity() != Sensitivity.NORMAL).ifPresent(engagement ->
                events.publishEvent(Audited.of(AuditAction.READ, RecordTypes.ENGAGEMENT, id)));
        return found.map(this::details);
    }

    /**
     * Whether the signed-in person may see the engagement, deleted or not: the need-to-know rule, for other
     * features to ask.
     */
    public boolean canSee(long id) {
        return findVisible(id).isPresent();
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public EngagementDetails create(@Valid EngagementDraft draft) {
        SignedInUser me = currentUser.require();
        check(draft);
        Map<Long, ParticipantFacts> facts = contacts.participantFacts(draft.participantIds());
        Instant now = clock.instant();
        Engagement engagement = new Engagement(me.id(), now, me.username());
        engagement.apply(draft, draft.participantIds(), atLeast(draft.sensitivity(), facts.values()), encryption);
        engagement.grantAccess(accessOf(draft.staffIds(), List.of(), draft.followUps()));
        engagement = engagements.saveAndFlush(engagement);
        audit(AuditAction.CREATE, engagement, RecordFields.none());
        addFollowUps(engagement, draft.followUps(), now, me.username());
        writeKeys(engagement, facts);
        refreshLastEngaged(engagement.participantIds());
        return details(engagement);
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public EngagementDetails update(long id, long version, @Valid EngagementDraft draft) {
        SignedInUser me = currentUser.require();
        Engagement engagement = loadForChange(id, version);
        check(draft);
        RecordFields fieldsBefore = engagement.auditFields();
        Set<Long> before = engagement.participantIds();
        Set<Long> participants = new HashSet<>(draft.participantIds());
        participants.addAll(hiddenFrom(before));
        Map<Long, ParticipantFacts> facts = contacts.participantFacts(participants);
        Instant now = clock.instant();
        engagement.apply(draft, participants, atLeast(draft.sensitivity(), facts.values()), encryption);
        List<FollowUp> existing = followUps.ofEngagement(id);
        engagement.grantAccess(access.readers(id, draft.staffIds(),
                accessOf(Set.of(), existing, draft.followUps())));
        engagement.touch(now, me.username());
        engagement = engagements.saveAndFlush(engagement);
        audit(AuditAction.UPDATE, engagement, fieldsBefore);
        addFollowUps(engagement, draft.followUps(), now, me.username());
        writeKeys(engagement, facts);
        Set<Long> affected = new HashSet<>(before);
        affected.addAll(participants);
        refreshLastEngaged(affected);
        return details(engagement);
    }

    /** Deletes an engagement the way everything is deleted here: archived, restorable. Owner or manager only. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void delete(long id, long version) {
        Engagement engagement = loadForChange(id, version);
        if (!deletable(engagement, currentUser.require())) {
            throw new UserFacingException("engagement.error.delete-owner-only");
        }
        RecordFields fieldsBefore = engagement.auditFields();
        engagement.setArchived(true);
        engagement.touch(clock.instant(), currentUser.require().username());
        engagements.saveAndFlush(engagement);
        audit(AuditAction.ARCHIVE, engagement, fieldsBefore);
        keyWriter.remove(id);
        refreshLastEngaged(engagement.participantIds());
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public EngagementDetails restore(long id) {
        Engagement engagement = findVisible(id).filter(Engagement::archived).orElseThrow(StaleRecordException::new);
        if (!deletable(engagement, currentUser.require())) {
            throw new UserFacingException("engagement.error.delete-owner-only");
        }
        RecordFields fieldsBefore = engagement.auditFields();
        engagement.setArchived(false);
        engagement.touch(clock.instant(), currentUser.require().username());
        engagement = engagements.saveAndFlush(engagement);
        audit(AuditAction.RESTORE, engagement, fieldsBefore);
        writeKeys(engagement, contacts.participantFacts(engagement.participantIds()));
        refreshLastEngaged(engagement.participantIds());
        return details(engagement);
    }

    // ---- access --------------------------------------------------------------------------------------------

    /**
     * Lets a colleague read a restricted or confidential engagement they were neither present at nor hold a
     * follow-up of. Its owner, managers and administrators only (among those who may see it).
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public EngagementDetails grantAccess(long engagementId, long userId) {
        SignedInUser me = currentUser.require();
        Engagement engagement = findVisible(engagementId).filter(found -> !found.archived())
                .orElseThrow(StaleRecordException::new);
        requireAccessManagement(engagement, me);
        StaffMember colleague = staff.find(userId).filter(StaffMember::enabled)
                .orElseThrow(() -> new InvalidFieldException("user", "engagement.error.unknown-user"));
        if (access.grant(engagement, colleague.id(), me.username(), clock.instant())) {
            events.publishEvent(Audited.of(AuditAction.GRANT, "engagement", engagementId)
                    .withDetail(colleague.username()));
        }
        return details(engagement);
    }

    /** Ends a colleague's grant (a break-glass access too). Owner, managers and administrators only. */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public EngagementDetails revokeAccess(long engagementId, long userId) {
        SignedInUser me = currentUser.require();
        Engagement engagement = findVisible(engagementId).filter(found -> !found.archived())
                .orElseThrow(StaleRecordException::new);
        requireAccessManagement(engagement, me);
        if (access.revoke(engagement, userId)) {
            events.publishEvent(Audited.of(AuditAction.REVOKE, "engagement", engagementId)
                    .withDetail(staff.find(userId).map(StaffMember::username).orElse(String.valueOf(userId))));
        }
        return details(engagement);
    }

    /**
     * Break-glass access for an administrator to an engagement they may not see: with a reason, it opens the
     * engagement to them until the policy's expiry, records who, when, why and until when for its owner to see, and
     * leaves a BREAK_GLASS event in the audit trail. The reason is checked before anything is looked up, and an id
     * that names no engagement (or a deleted one) is answered (empty) only then, and audited too: the offer tells
     * nothing about which ids exist. An engagement the administrator already sees is simply returned.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<EngagementDetails> breakGlass(long engagementId, String reason) {
        String why = breakGlassPolicy.checkedReason(reason);
        Optional<Engagement> visible = findVisible(engagementId).filter(found -> !found.archived());
        if (visible.isPresent()) {
            return visible.map(this::details);
        }
        Optional<Engagement> found = engagements.findById(engagementId).filter(engagement -> !engagement.archived());
        events.publishEvent(Audited.of(AuditAction.BREAK_GLASS, "engagement", engagementId)
                .withDetail(found.isPresent() ? why : BreakGlassPolicy.noSuchRecordDetail(why)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        access.breakGlass(found.get(), currentUser.require(), why, now, breakGlassPolicy.expiry(now));
        return find(engagementId);
    }

    // ---- imports -------------------------------------------------------------------------------------------

    /**
     * Matches a batch of imported engagements: by the id of an earlier export, else by the same start and the same
     * title (without case or accents) among the live engagements the person may see. An id naming an engagement
     * the person may not see is a conflict, without its id; an id of a deleted engagement, or of none, matches
     * nothing. Two queries for the whole batch.
     */
    public List<EngagementImportMatch> matchForImport(List<EngagementImportKey> keys) {
        SignedInUser me = currentUser.require();
        Set<Long> ids = keys.stream().map(EngagementImportKey::exportId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> live = new HashSet<>();
        Set<Long> visible = new HashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            engagements.findAll((root, query, cb) -> cb.and(root.get("id").in(chunk),
                    cb.isFalse(root.get("archived")))).forEach(engagement -> live.add(engagement.id()));
            engagements.findAll((root, query, cb) -> cb.and(root.get("id").in(chunk),
                            EngagementVisibility.isVisible(root, root.get("id"), query, cb, me)))
                    .forEach(engagement -> visible.add(engagement.id()));
        }
        List<Instant> starts = keys.stream().map(key -> key.startedAt().truncatedTo(ChronoUnit.SECONDS)).distinct()
                .toList();
        Map<String, Long> byStartAndTitle = new HashMap<>();
        for (int from = 0; from < starts.size(); from += 1000) {
            List<Instant> chunk = starts.subList(from, Math.min(starts.size(), from + 1000));
            engagements.findAll((root, query, cb) -> cb.and(root.get("startedAt").in(chunk),
                            cb.isFalse(root.get("archived")),
                            EngagementVisibility.isVisible(root, root.get("id"), query, cb, me)))
                    .forEach(engagement -> byStartAndTitle.merge(startAndTitle(engagement.startedAt(),
                            engagement.title()), engagement.id(), Math::min));
        }
        List<EngagementImportMatch> matches = new ArrayList<>(keys.size());
        for (EngagementImportKey key : keys) {
            Long id = key.exportId();
            if (id != null && live.contains(id)) {
                matches.add(visible.contains(id)
                        ? new EngagementImportMatch(EngagementImportMatch.Outcome.MATCH, id,
                        EngagementImportMatch.Reason.EXPORT_ID)
                        : new EngagementImportMatch(EngagementImportMatch.Outcome.CONFLICT, null,
                        EngagementImportMatch.Reason.EXPORT_ID));
                continue;
            }
            Long same = byStartAndTitle.get(startAndTitle(key.startedAt().truncatedTo(ChronoUnit.SECONDS),
                    key.title()));
            matches.add(same == null ? EngagementImportMatch.NONE : new EngagementImportMatch(
                    EngagementImportMatch.Outcome.MATCH, same, EngagementImportMatch.Reason.START_AND_TITLE));
        }
        return matches;
    }

    private static String startAndTitle(Instant startedAt, String title) {
        return startedAt + "\u0000" + SearchPatterns.fold(title.strip());
    }

    /**
     * Deletes engagements an import created, when the import is undone: they never happened. Their links, search
     * keys, access rows and follow-ups go with them, and their participants' last-engagement dates are set again.
     * The caller (the import's author or an administrator) has made sure these are the batch's own engagements.
     */
    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public void removeImported(Collection<Long> ids) {
        Set<Long> participants = new HashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            engagements.participantsOf(chunk).forEach(pair -> participants.add((Long) pair[1]));
            followUps.deleteAll(followUps.findByEngagementIdIn(chunk));
            keyWriter.removeAll(chunk);
            engagements.deleteAll(engagements.findAllById(chunk));
            chunk.forEach(id -> events.publishEvent(Audited.of(AuditAction.DELETE, RecordTypes.ENGAGEMENT, id)
                    .withDetail("created by an import that was undone")));
        }
        engagements.flush();
        refreshLastEngaged(participants);
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    /** Files a change of an engagement with its fields before and as they are now; an edit of nothing is not. */
    private void audit(AuditAction action, Engagement engagement, RecordFields before) {
        List<FieldChange> changes = before.changesTo(engagement.auditFields());
        if (!changes.isEmpty() || action == AuditAction.CREATE) {
            events.publishEvent(Audited.of(action, RecordTypes.ENGAGEMENT, engagement.id()).withChanges(changes));
        }
    }

    private void check(EngagementDraft draft) {
        if (draft.endedAt() != null && draft.endedAt().isBefore(draft.startedAt())) {
            throw new InvalidFieldException("endedAt", "error.dates-out-of-order");
        }
        if (draft.participantIds().isEmpty() && draft.organizationIds().isEmpty()) {
            throw new InvalidFieldException("participants", "engagement.error.no-one");
        }
        // a participant the person may not see is refused as if it did not exist
        if (contacts.rowsOf(draft.participantIds()).size() != draft.participantIds().size()) {
            throw new InvalidFieldException("participants", "engagement.error.unknown-participant");
        }
        for (long organizationId : draft.organizationIds()) {
            if (organizations.find(organizationId).isEmpty()) {
                throw new InvalidFieldException("organizations", "engagement.error.unknown-organization");
            }
        }
        if (draft.staffIds().isEmpty()) {
            throw new InvalidFieldException("staff", "engagement.error.no-staff");
        }
        Map<Long, StaffMember> colleagues = staff.byIds(draft.staffIds());
        if (colleagues.size() != draft.staffIds().size()) {
            throw new InvalidFieldException("staff", "engagement.error.unknown-user");
        }
        if (campaigns.byIds(draft.campaignIds()).size() != draft.campaignIds().size()) {
            throw new InvalidFieldException("campaigns", "engagement.error.unknown-campaign");
        }
        for (FollowUpDraft followUp : draft.followUps()) {
            followUpRows.checkAssignee(followUp.assigneeId());
            if (!draft.participantIds().containsAll(followUp.contactIds())) {
                throw new InvalidFieldException("followUps", "follow-up.error.contact-not-participant");
            }
        }
    }

    /** The chosen sensitivity, raised to the most sensitive participant's. */
    static Sensitivity atLeast(Sensitivity chosen, Collection<ParticipantFacts> participants) {
        return participants.stream().map(ParticipantFacts::sensitivity)
                .reduce(chosen, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    private static Set<Long> accessOf(Set<Long> staffIds, List<FollowUp> existing, List<FollowUpDraft> added) {
        Set<Long> access = new HashSet<>(staffIds);
        existing.forEach(followUp -> access.add(followUp.assigneeId()));
        added.forEach(followUp -> access.add(followUp.assigneeId()));
        return access;
    }

    private void addFollowUps(Engagement engagement, List<FollowUpDraft> drafts, Instant now, String by) {
        for (FollowUpDraft draft : drafts) {
            FollowUp followUp = followUps.save(new FollowUp(engagement.id(), draft, draft.contactIds(), now, by));
            events.publishEvent(Audited.of(AuditAction.CREATE, RecordTypes.FOLLOW_UP, followUp.id())
                    .withChanges(followUp.auditFields().created()));
        }
    }

    private Set<Long> hiddenFrom(Set<Long> participantIds) {
        Set<Long> visible = contacts.rowsOf(participantIds).stream().map(ContactRow::id).collect(Collectors.toSet());
        Set<Long> hidden = new HashSet<>(participantIds);
        hidden.removeAll(visible);
        return hidden;
    }

    private void writeKeys(Engagement engagement, Map<Long, ParticipantFacts> facts) {
        Set<String> keys = EngagementKeys.of(engagement.kind(), engagement.title(), engagement.searchableNotes(),
                facts.values(), engagement.organizationIds().stream().map(places::of).toList(),
                engagement.staffIds(), engagement.campaignIds());
        keyWriter.replace(engagement.id(), engagement.startedAt(), engagement.sensitivity(), engagement.ownerId(),
                keys);
    }

    /** Sets each contact's last-engagement date from its live engagements' keys, inside this transaction. */
    private void refreshLastEngaged(Collection<Long> contactIds) {
        Map<Long, Optional<LocalDate>> dates = new HashMap<>();
        for (long contactId : new LinkedHashSet<>(contactIds)) {
            dates.put(contactId, engagements.latestStart(EngagementKeys.contact(contactId))
                    .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)));
        }
        contacts.recordLastEngaged(dates);
    }

    private Optional<Engagement> findVisible(long id) {
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        return engagements.findOne(EngagementVisibility.withIdVisibleTo(id, me))
                .filter(engagement -> !access.seenOnlyThroughExpiredBreakGlass(engagement, me, now));
    }

    private static boolean canManageAccess(Engagement engagement, SignedInUser me) {
        return engagement.ownerId() == me.id() || me.role().includes(Role.MANAGER);
    }

    private static void requireAccessManagement(Engagement engagement, SignedInUser me) {
        if (!canManageAccess(engagement, me)) {
            throw new UserFacingException("grants.error.access-owner-only");
        }
    }

    private Engagement loadForChange(long id, long version) {
        Engagement engagement = findVisible(id).filter(found -> !found.archived())
                .orElseThrow(StaleRecordException::new);
        if (engagement.version() != version) {
            throw new StaleRecordException(staff.displayName(engagement.updatedBy()), engagement.updatedAt());
        }
        return engagement;
    }

    private static boolean deletable(Engagement engagement, SignedInUser me) {
        return engagement.ownerId() == me.id() || me.role().includes(Role.MANAGER);
    }

    // ---- rows ----------------------------------------------------------------------------------------------

    private List<EngagementRow> rowsOf(List<Long> ids) {
        return rowsOf(ids, true);
    }

    /** {@code withTexts}: the notes and outcome too, opened when encrypted; else null. */
    private List<EngagementRow> rowsOf(List<Long> ids, boolean withTexts) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Engagement> byId = engagements.findAllById(ids).stream()
                .collect(Collectors.toMap(Engagement::id, engagement -> engagement));
        List<Engagement> page = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, List<Long>> participantIds = new HashMap<>();
        for (Object[] pair : engagements.participantsOf(ids)) {
            participantIds.computeIfAbsent((Long) pair[0], key -> new ArrayList<>()).add((Long) pair[1]);
        }
        Map<Long, String> people = contacts.namesOf(participantIds.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        Map<Long, String> organizationNames = organizations.displayNames(page.stream()
                .flatMap(engagement -> engagement.organizationIds().stream()).collect(Collectors.toSet()));
        Map<Long, String> colleagues = new HashMap<>();
        staff.byIds(page.stream()
                .flatMap(engagement -> java.util.stream.Stream.concat(engagement.staffIds().stream(),
                        java.util.stream.Stream.of(engagement.ownerId())))
                .collect(Collectors.toSet())).forEach((id, member) -> colleagues.put(id, member.displayName()));
        Map<Long, String> campaignNames = new HashMap<>();
        campaigns.byIds(page.stream().flatMap(engagement -> engagement.campaignIds().stream())
                .collect(Collectors.toSet())).forEach((id, campaign) -> campaignNames.put(id, campaign.name()));
        return page.stream().map(engagement -> new EngagementRow(engagement.id(), engagement.kind(),
                engagement.startedAt(), engagement.endedAt(), engagement.place(), engagement.title(),
                withTexts ? engagement.notes(encryption) : null, withTexts ? engagement.outcome(encryption) : null,
                engagement.sensitivity(),
                refs(participantIds.getOrDefault(engagement.id(), List.of()), people),
                refs(engagement.organizationIds(), organizationNames),
                refs(engagement.staffIds(), colleagues),
                refs(engagement.campaignIds(), campaignNames),
                colleagues.getOrDefault(engagement.ownerId(), ""), engagement.archived())).toList();
    }

    private static List<Ref> refs(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().filter(names::containsKey).map(id -> new Ref(id, names.get(id)))
                .sorted(Comparator.comparing(Ref::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private EngagementDetails details(Engagement engagement) {
        SignedInUser me = currentUser.require();
        EngagementRow row = rowsOf(List.of(engagement.id())).getFirst();
        List<ContactRow> participants = contacts.rowsOf(engagement.participantIds()).stream()
                .sorted(Comparator.comparing(ContactRow::familyName, String.CASE_INSENSITIVE_ORDER)).toList();
        List<OrganizationRow> organizationRows = engagement.organizationIds().stream()
                .map(organizations::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(OrganizationRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<StaffMember> present = staff.byIds(engagement.staffIds()).values().stream()
                .sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        List<CampaignRow> campaignRows = campaigns.byIds(engagement.campaignIds()).values().stream()
                .sorted(Comparator.comparing(CampaignRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Sensitivity minimum = participants.stream().map(ContactRow::sensitivity)
                .reduce(Sensitivity.NORMAL, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return new EngagementDetails(row, participants, organizationRows, present, campaignRows,
                followUpRows.rows(followUps.ofEngagement(engagement.id())), minimum, engagement.createdAt(),
                engagement.createdBy(), engagement.updatedAt(), engagement.updatedBy(), engagement.version(),
                me.role().includes(Role.OFFICER), me.role().includes(Role.OFFICER) && deletable(engagement, me),
                grantRows(engagement), me.role().includes(Role.OFFICER) && canManageAccess(engagement, me),
                breakGlassSeenBy(engagement, me));
    }

    /** The colleagues granted access by hand, by name; break-glass accesses are listed apart. */
    private List<EngagementGrantRow> grantRows(Engagement engagement) {
        List<EngagementGrant> lasting = grants.findByEngagementIdOrderByGrantedAt(engagement.id()).stream()
                .filter(grant -> grant.kind() == GrantKind.GRANT).toList();
        Map<Long, StaffMember> names = staff.byIds(lasting.stream().map(EngagementGrant::userId).toList());
        return lasting.stream().map(grant -> new EngagementGrantRow(grant.userId(),
                        names.containsKey(grant.userId()) ? names.get(grant.userId()).displayName() : "?",
                        grant.grantedBy(), grant.grantedAt()))
                .sorted(Comparator.comparing(EngagementGrantRow::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The break-glass accesses opened since then to the live engagements the signed-in person logged, newest first,
     * at most {@code limit}: for a notice on their start page.
     */
    public List<BreakGlassNotice> breakGlassOnMine(Instant since, int limit) {
        SignedInUser me = currentUser.require();
        List<EngagementBreakGlass> accesses = breakGlassLog.onEngagementsOf(me.id(), since,
                org.springframework.data.domain.PageRequest.of(0, limit));
        Map<Long, String> titles = new HashMap<>();
        engagements.findAllById(accesses.stream().map(EngagementBreakGlass::engagementId).collect(Collectors.toSet()))
                .forEach(engagement -> titles.put(engagement.id(), engagement.title()));
        Map<Long, StaffMember> who = staff.byIds(accesses.stream().map(EngagementBreakGlass::userId)
                .collect(Collectors.toSet()));
        return accesses.stream().filter(access -> titles.containsKey(access.engagementId()))
                .map(access -> new BreakGlassNotice("engagement", access.engagementId(),
                        titles.get(access.engagementId()), new BreakGlassAccess(access.userId(),
                        who.containsKey(access.userId()) ? who.get(access.userId()).displayName() : "?",
                        access.openedAt(), access.reason(), access.expiresAt()))).toList();
    }

    /** The latest break-glass accesses to the engagement, for its owner and administrators; nothing for others. */
    private List<BreakGlassAccess> breakGlassSeenBy(Engagement engagement, SignedInUser me) {
        if (me.role() != Role.ADMIN && engagement.ownerId() != me.id()) {
            return List.of();
        }
        List<EngagementBreakGlass> accesses = breakGlassLog.findByEngagementIdOrderByOpenedAtDescIdDesc(
                engagement.id(), org.springframework.data.domain.PageRequest.of(0, BREAK_GLASS_SHOWN));
        Map<Long, StaffMember> who = staff.byIds(accesses.stream().map(EngagementBreakGlass::userId)
                .collect(Collectors.toSet()));
        return accesses.stream().map(access -> new BreakGlassAccess(access.userId(),
                who.containsKey(access.userId()) ? who.get(access.userId()).displayName() : "?", access.openedAt(),
                access.reason(), access.expiresAt())).toList();
    }
}
