package org.interlocutor.outreach;

import jakarta.validation.Valid;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.SavedContactView;
import org.interlocutor.contact.SavedViewService;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.LastEngaged;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Outreach plans inside campaigns and their targets. Everyone signed in reads them; managers (and administrators)
 * create, edit, archive and restore plans and choose their targets. A plan's progress is computed whenever it is
 * read, for the reader: a contact target they may not see is neither listed nor counted, and only the engagements
 * they may see reach a target.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OutreachService {

    /** A plan is a few hundred targets at most; the cap keeps its page and its progress quick to compute. */
    public static final int MAX_TARGETS = 1000;

    private static final Sort PLANS_BY_DEFAULT = Sort.by("archived", "targetOn", "name", "id");
    private static final Set<String> PLAN_SORTS = Set.of("name", "targetOn", "startsOn", "archived");

    private final OutreachPlanRepository plans;
    private final OutreachTargetRepository targets;
    private final PlanTargets planTargets;
    private final CampaignService campaigns;
    private final ContactService contacts;
    private final SavedViewService savedViews;
    private final OrganizationService organizations;
    private final CountryService countries;
    private final EngagementService engagements;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutreachService(OutreachPlanRepository plans, OutreachTargetRepository targets, PlanTargets planTargets,
                    CampaignService campaigns, ContactService contacts, SavedViewService savedViews,
                    OrganizationService organizations, CountryService countries, EngagementService engagements,
                    StaffDirectory staff, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.targets = targets;
        this.planTargets = planTargets;
        this.campaigns = campaigns;
        this.contacts = contacts;
        this.savedViews = savedViews;
        this.organizations = organizations;
        this.countries = countries;
        this.engagements = engagements;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    // ---- reading plans -------------------------------------------------------------------------------------

    /**
     * A page of a campaign's plans with their progress, live ones by target date unless the page asks for another
     * order (name, startsOn, targetOn). One count query per plan of the page.
     */
    public Page<OutreachPlanRow> plans(long campaignId, boolean includeArchived, Pageable pageable) {
        Page<OutreachPlan> page = plans.ofCampaign(campaignId, includeArchived, ordered(pageable));
        Map<Long, StaffMember> officers = staff.byIds(page.getContent().stream().map(OutreachPlan::officerId)
                .collect(Collectors.toSet()));
        LocalDate today = today();
        return page.map(plan -> new OutreachPlanRow(plan.id(), plan.campaignId(), plan.name(), plan.officerId(),
                officerName(officers.get(plan.officerId())), plan.startsOn(), plan.targetOn(), plan.priority(),
                plan.archived(), progress(plan, today)));
    }

    public long countPlans(long campaignId, boolean includeArchived) {
        return plans.countOfCampaign(campaignId, includeArchived);
    }

    public java.util.Optional<OutreachPlanDetails> find(long planId) {
        return plans.findById(planId).map(this::details);
    }

    /** The plan's progress for the reader, computed now. */
    public OutreachProgress progress(long planId) {
        return plans.findById(planId).map(plan -> progress(plan, today())).orElse(OutreachProgress.NONE);
    }

    // ---- reading targets -----------------------------------------------------------------------------------

    /**
     * A page of the plan's targets in one status, by name (names in the reader's {@code locale}) unless the page
     * asks for "kind" first; reached ones carry when they were last engaged since the plan began. The plan's
     * targets are few (at most {@link #MAX_TARGETS}): they are read and ordered whole, in three queries, then cut.
     */
    public List<OutreachTargetRow> targets(long planId, TargetStatus status, Pageable pageable, Locale locale) {
        OutreachPlan plan = plans.findById(planId).orElse(null);
        if (plan == null) {
            return List.of();
        }
        TargetStatus notReached = plan.pastTargetDate(today()) ? TargetStatus.OVERDUE : TargetStatus.NOT_YET_REACHED;
        List<PlanTargets.Target> chosen = planTargets.of(planId, plan.countsFrom()).stream()
                .filter(target -> (target.reached() ? TargetStatus.REACHED : notReached) == status).toList();
        Names names = names(chosen, locale);
        List<Named> named = chosen.stream().map(target -> new Named(target, names.of(target)))
                .filter(line -> line.name() != null).sorted(order(pageable.getSort(), locale)).toList();
        int from = (int) Math.min(named.size(), pageable.isPaged() ? pageable.getOffset() : 0);
        int to = pageable.isPaged() ? Math.min(named.size(), from + pageable.getPageSize()) : named.size();
        return rows(named.subList(from, to), status, plan.countsFrom());
    }

    public long countTargets(long planId, TargetStatus status) {
        return progress(planId).count(status);
    }

    // ---- writing plans -------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public OutreachPlanDetails create(long campaignId, @Valid OutreachPlanDraft draft) {
        CampaignDetails campaign = campaigns.find(campaignId).orElseThrow(StaleRecordException::new);
        if (campaign.archived()) {
            throw new UserFacingException("outreach.error.campaign-archived");
        }
        check(draft);
        OutreachPlan plan = plans.saveAndFlush(new OutreachPlan(campaignId, draft, now(),
                currentUser.require().username()));
        audit(AuditAction.CREATE, plan, RecordFields.none());
        return details(plan);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public OutreachPlanDetails update(long planId, long version, @Valid OutreachPlanDraft draft) {
        OutreachPlan plan = loadForChange(planId, version);
        check(draft);
        RecordFields before = plan.auditFields();
        plan.apply(draft);
        plan.touch(now(), currentUser.require().username());
        audit(AuditAction.UPDATE, plan, before);
        return details(plans.saveAndFlush(plan));
    }

    /** Archiving is how a plan is deleted: it leaves the campaign's list and can be restored. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public OutreachPlanDetails setArchived(long planId, long version, boolean archived) {
        OutreachPlan plan = loadForChange(planId, version);
        RecordFields before = plan.auditFields();
        plan.setArchived(archived, now(), currentUser.require().username());
        audit(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, plan, before);
        return details(plans.saveAndFlush(plan));
    }

    // ---- choosing targets ----------------------------------------------------------------------------------

    /** Adds these contacts; one the manager may not see is refused as if it did not exist. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public TargetsAdded addContacts(long planId, Collection<Long> contactIds) {
        OutreachPlan plan = loadLive(planId);
        Set<Long> wanted = new LinkedHashSet<>(contactIds);
        if (contacts.namesOf(wanted).size() != wanted.size()) {
            throw new InvalidFieldException("contacts", "outreach.error.unknown-contact");
        }
        return add(plan, wanted.stream().map(id -> OutreachTarget.ref(TargetKind.CONTACT, String.valueOf(id)))
                .toList());
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public TargetsAdded addOrganizations(long planId, Collection<Long> organizationIds) {
        OutreachPlan plan = loadLive(planId);
        Set<Long> wanted = new LinkedHashSet<>(organizationIds);
        if (organizations.displayNames(wanted).size() != wanted.size()) {
            throw new InvalidFieldException("organizations", "outreach.error.unknown-organization");
        }
        return add(plan, wanted.stream().map(id -> OutreachTarget.ref(TargetKind.ORGANIZATION, String.valueOf(id)))
                .toList());
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public TargetsAdded addCountries(long planId, Collection<String> countryCodes) {
        OutreachPlan plan = loadLive(planId);
        List<String> codes = countryCodes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).distinct()
                .toList();
        if (!codes.stream().allMatch(countries::exists)) {
            throw new InvalidFieldException("countries", "outreach.error.unknown-country");
        }
        return add(plan, codes.stream().map(code -> OutreachTarget.ref(TargetKind.COUNTRY, code)).toList());
    }

    /**
     * Adds the contacts one of the manager's saved contacts views finds now (under the manager's need-to-know);
     * people the view would find later are not added.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public TargetsAdded addFromSavedView(long planId, long savedViewId) {
        OutreachPlan plan = loadLive(planId);
        SavedContactView view = savedViews.myContactViews().stream().filter(saved -> saved.id() == savedViewId)
                .findFirst().orElseThrow(() -> new InvalidFieldException("savedView", "outreach.error.unknown-view"));
        ContactFilter filter = ContactQueryString.parse(view.queryString()).filter();
        long found = contacts.count(filter);
        if (found > MAX_TARGETS) {
            throw new InvalidFieldException("savedView", "outreach.error.view-too-large", found, MAX_TARGETS);
        }
        return add(plan, contacts.idsInOrder(filter, Sort.unsorted()).stream()
                .map(id -> OutreachTarget.ref(TargetKind.CONTACT, String.valueOf(id))).toList());
    }

    /** Adds the countries of a UN regional group, or only those that are States Parties to the Rome Statute. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public TargetsAdded addRegionalGroup(long planId, RegionalGroup group, boolean statePartiesOnly) {
        OutreachPlan plan = loadLive(planId);
        List<String> codes = countries.codesIn(group).stream()
                .filter(code -> !statePartiesOnly || countries.find(code).map(CountryRow::romeStatus)
                        .filter(status -> status == RomeStatuteStatus.STATE_PARTY).isPresent())
                .toList();
        return add(plan, codes.stream().map(code -> OutreachTarget.ref(TargetKind.COUNTRY, code)).toList());
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void removeTarget(long planId, long targetId) {
        loadLive(planId);
        targets.findByIdAndPlanId(targetId, planId).ifPresent(target -> {
            targets.delete(target);
            events.publishEvent(Audited.of(AuditAction.UPDATE, RecordTypes.OUTREACH_PLAN, planId)
                    .withChanges(List.of(FieldChange.of("targetRemoved", target.ref(), null))));
        });
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    private TargetsAdded add(OutreachPlan plan, List<String> refs) {
        Set<String> present = targets.findByPlanId(plan.id()).stream().map(OutreachTarget::ref)
                .collect(Collectors.toCollection(HashSet::new));
        List<String> fresh = refs.stream().distinct().filter(ref -> !present.contains(ref)).toList();
        if (present.size() + fresh.size() > MAX_TARGETS) {
            throw new UserFacingException("outreach.error.too-many-targets", MAX_TARGETS);
        }
        Instant now = now();
        String by = currentUser.require().username();
        targets.saveAll(fresh.stream().map(ref -> target(plan.id(), ref, now, by)).toList());
        if (!fresh.isEmpty()) {
            events.publishEvent(Audited.of(AuditAction.UPDATE, RecordTypes.OUTREACH_PLAN, plan.id())
                    .withChanges(List.of(FieldChange.of("targetsAdded", null, String.join(", ", fresh)))));
        }
        return new TargetsAdded(fresh.size(), refs.size() - fresh.size());
    }

    private static OutreachTarget target(long planId, String ref, Instant at, String by) {
        int colon = ref.indexOf(':');
        String value = ref.substring(colon + 1);
        return switch (TargetKind.valueOf(ref.substring(0, colon))) {
            case CONTACT -> OutreachTarget.contact(planId, Long.parseLong(value), at, by);
            case ORGANIZATION -> OutreachTarget.organization(planId, Long.parseLong(value), at, by);
            case COUNTRY -> OutreachTarget.country(planId, value, at, by);
        };
    }

    /** Files a change of a plan with its fields before and as they are now; a change of nothing is not. */
    private void audit(AuditAction action, OutreachPlan plan, RecordFields before) {
        List<FieldChange> changes = before.changesTo(plan.auditFields());
        if (!changes.isEmpty() || action == AuditAction.CREATE) {
            events.publishEvent(Audited.of(action, RecordTypes.OUTREACH_PLAN, plan.id()).withChanges(changes));
        }
    }

    private void check(OutreachPlanDraft draft) {
        if (draft.targetOn().isBefore(draft.startsOn())) {
            throw new InvalidFieldException("targetOn", "outreach.error.target-before-start");
        }
        StaffMember officer = staff.find(draft.officerId()).orElse(null);
        if (officer == null || !officer.enabled() || !officer.role().includes(Role.OFFICER)) {
            throw new InvalidFieldException("officer", "outreach.error.officer");
        }
    }

    private OutreachPlan loadForChange(long planId, long version) {
        OutreachPlan plan = plans.findById(planId).orElseThrow(StaleRecordException::new);
        if (plan.version() != version) {
            throw new StaleRecordException(staff.displayName(plan.updatedBy()), plan.updatedAt());
        }
        return plan;
    }

    /** A plan whose targets may change: archived plans keep theirs as they were. */
    private OutreachPlan loadLive(long planId) {
        OutreachPlan plan = plans.findById(planId).orElseThrow(StaleRecordException::new);
        if (plan.archived()) {
            throw new UserFacingException("outreach.error.plan-archived");
        }
        return plan;
    }

    private OutreachProgress progress(OutreachPlan plan, LocalDate today) {
        return planTargets.progress(plan.id(), plan.countsFrom(), plan.pastTargetDate(today));
    }

    private OutreachPlanDetails details(OutreachPlan plan) {
        String campaignName = campaigns.byIds(List.of(plan.campaignId())).values().stream().findFirst()
                .map(CampaignRow::name).orElse("");
        return new OutreachPlanDetails(plan.id(), plan.campaignId(), campaignName, plan.name(), plan.officerId(),
                officerName(staff.find(plan.officerId()).orElse(null)), plan.startsOn(), plan.targetOn(),
                plan.priority(), plan.notes(), plan.archived(), progress(plan, today()), plan.createdAt(),
                plan.createdBy(), plan.updatedAt(), plan.updatedBy(), plan.version());
    }

    private static String officerName(@Nullable StaffMember officer) {
        return officer == null ? "" : officer.displayName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now, to the second, as the other features write it (MariaDB drops the fraction through MySQL's driver). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Pageable ordered(Pageable pageable) {
        Sort sort = Sort.unsorted();
        for (Sort.Order order : pageable.getSort()) {
            if (PLAN_SORTS.contains(order.getProperty())) {
                sort = sort.and(Sort.by(order));
            }
        }
        sort = sort.isUnsorted() ? PLANS_BY_DEFAULT : sort.and(Sort.by("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    // ---- target rows ---------------------------------------------------------------------------------------

    /** A target with its name for the reader; null for a contact the reader may not see (never listed). */
    private record Named(PlanTargets.Target target, @Nullable String name) {
    }

    /** The names of a set of targets, each kind read in one go. */
    private record Names(Map<Long, String> contacts, Map<Long, String> organizations, Map<String, String> countries) {

        @Nullable String of(PlanTargets.Target target) {
            return switch (target.kind()) {
                case CONTACT -> contacts.get(target.contactId());
                case ORGANIZATION -> organizations.get(target.organizationId());
                case COUNTRY -> countries.get(target.countryCode());
            };
        }
    }

    private Names names(List<PlanTargets.Target> chosen, Locale locale) {
        Map<Long, String> people = new HashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        for (PlanTargets.Target target : chosen) {
            if (target.contactId() != null && target.contactName() != null) {
                people.put(target.contactId(), target.contactName());
            }
            if (target.countryCode() != null) {
                countryNames.put(target.countryCode(), countries.name(target.countryCode(), locale));
            }
        }
        return new Names(people, organizations.displayNames(ids(chosen, PlanTargets.Target::organizationId)),
                countryNames);
    }

    private static Set<Long> ids(List<PlanTargets.Target> chosen, Function<PlanTargets.Target, @Nullable Long> id) {
        return chosen.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** By name (as the reader's language sorts, accents and case aside), or by kind then name. */
    private static Comparator<Named> order(Sort sort, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Comparator<Named> byName = Comparator.comparing((Named line) -> SearchPatterns.fold(
                Objects.requireNonNull(line.name())), collator).thenComparingLong(line -> line.target().id());
        Sort.Order kind = sort.getOrderFor("kind");
        Sort.Order name = sort.getOrderFor("name");
        Comparator<Named> names = name != null && name.isDescending() ? byName.reversed() : byName;
        if (kind == null) {
            return names;
        }
        Comparator<Named> byKind = Comparator.comparing(line -> line.target().kind());
        return (kind.isDescending() ? byKind.reversed() : byKind).thenComparing(names);
    }

    private List<OutreachTargetRow> rows(List<Named> page, TargetStatus status, Instant since) {
        List<PlanTargets.Target> shown = page.stream().map(Named::target).toList();
        Map<Long, ContactRow> people = contacts.rowsOf(ids(shown, PlanTargets.Target::contactId)).stream()
                .collect(Collectors.toMap(ContactRow::id, Function.identity()));
        LastEngaged last = status != TargetStatus.REACHED ? new LastEngaged(Map.of(), Map.of(), Map.of())
                : engagements.lastEngagedSince(ids(shown, PlanTargets.Target::contactId),
                ids(shown, PlanTargets.Target::organizationId),
                shown.stream().map(PlanTargets.Target::countryCode).filter(Objects::nonNull).toList(), since);
        List<OutreachTargetRow> rows = new ArrayList<>(page.size());
        for (Named line : page) {
            PlanTargets.Target target = line.target();
            ContactRow person = target.contactId() == null ? null : people.get(target.contactId());
            Instant lastEngaged = switch (target.kind()) {
                case CONTACT -> last.contacts().get(target.contactId());
                case ORGANIZATION -> last.organizations().get(target.organizationId());
                case COUNTRY -> last.countries().get(target.countryCode());
            };
            rows.add(new OutreachTargetRow(target.id(), target.kind(), target.contactId(), target.organizationId(),
                    target.countryCode(), Objects.requireNonNull(line.name()),
                    person == null ? null : person.organizationName(), status, lastEngaged));
        }
        return rows;
    }
}
