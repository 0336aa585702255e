package org.interlocutor.campaign;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.SearchPatterns;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Campaigns. They carry no sensitivity: anyone signed in reads them; managers (and administrators) create, edit,
 * archive and restore them.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CampaignService {

    private static final Sort BY_NAME = Sort.by("sortName", "id");
    private static final Set<String> DATES = Set.of("startsOn", "endsOn");
    private static final Set<CampaignStatus> CURRENT = Arrays.stream(CampaignStatus.values())
            .filter(CampaignStatus::current).collect(Collectors.toUnmodifiableSet());

    private final CampaignRepository campaigns;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StaffDirectory staff;

    CampaignService(CampaignRepository campaigns, CurrentUser currentUser, Clock clock,
                    ApplicationEventPublisher events, StaffDirectory staff) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.staff = staff;
    }

    /** A page of the campaigns the filter finds, by name unless the page asks for another order. */
    public Page<CampaignRow> list(CampaignFilter filter, Pageable pageable) {
        return campaigns.search(SearchPatterns.foldedContains(filter.text()), statuses(filter),
                filter.includeArchived(), ordered(pageable)).map(Campaign::toRow);
    }

    public long count(CampaignFilter filter) {
        return campaigns.count(SearchPatterns.foldedContains(filter.text()), statuses(filter),
                filter.includeArchived());
    }

    public Optional<CampaignDetails> find(long id) {
        return campaigns.findById(id).map(Campaign::toDetails);
    }

    /**
     * Campaigns for pickers: not archived, the name containing the text (accents and case ignored), planned and
     * active ones before those on hold or completed, then by name. The page's own sort is ignored.
     */
    public List<CampaignRow> suggest(String text, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return campaigns.suggest(SearchPatterns.foldedContains(text), CURRENT, page).map(Campaign::toRow)
                .getContent();
    }

    /** The campaigns with these ids, archived ones included (a record may name a campaign archived since). */
    public Map<Long, CampaignRow> byIds(Collection<Long> ids) {
        Map<Long, CampaignRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        campaigns.findAllById(Set.copyOf(ids)).forEach(campaign -> rows.put(campaign.id(), campaign.toRow()));
        return rows;
    }

    /** The ids of every campaign, archived ones included: a few dozen, for figures that count by campaign. */
    public List<Long> allIds() {
        return campaigns.allIds();
    }

    /**
     * The campaigns named so, for imports: each name (compared without case or accents) to the id of the campaign
     * with that name, a live one before an archived one, the oldest first.
     */
    public Map<String, Long> idsByName(Collection<String> names) {
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        Map<String, CampaignRow> best = new HashMap<>();
        Set<String> keys = names.stream().map(name -> SearchPatterns.fold(name.strip())).collect(Collectors.toSet());
        for (Campaign campaign : campaigns.findBySortNameIn(keys)) {
            CampaignRow row = campaign.toRow();
            best.merge(SearchPatterns.fold(row.name()), row, (kept, offered) -> better(offered, kept) ? offered : kept);
        }
        for (String name : names) {
            CampaignRow found = best.get(SearchPatterns.fold(name.strip()));
            if (found != null) {
                ids.put(name, found.id());
            }
        }
        return ids;
    }

    private static boolean better(CampaignRow offered, CampaignRow kept) {
        if (offered.archived() != kept.archived()) {
            return kept.archived();
        }
        return offered.id() < kept.id();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public CampaignDetails create(@Valid CampaignDraft draft) {
        checkPeriod(draft);
        Campaign campaign = campaigns.saveAndFlush(new Campaign(draft, now(), currentUser.require().username()));
        audit(AuditAction.CREATE, campaign, RecordFields.none());
        return campaign.toDetails();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public CampaignDetails update(long id, long version, @Valid CampaignDraft draft) {
        Campaign campaign = load(id, version);
        checkPeriod(draft);
        RecordFields before = campaign.auditFields();
        campaign.apply(draft);
        campaign.touch(now(), currentUser.require().username());
        audit(AuditAction.UPDATE, campaign, before);
        return campaigns.saveAndFlush(campaign).toDetails();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public CampaignDetails setArchived(long id, long version, boolean archived) {
        Campaign campaign = load(id, version);
        RecordFields before = campaign.auditFields();
        campaign.setArchived(archived, now(), currentUser.require().username());
        audit(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, campaign, before);
        return campaigns.saveAndFlush(campaign).toDetails();
    }

    /**
     * Now, to the second: what a write returns is what a later read finds on every database (MySQL's driver drops
     * the fraction when talking to MariaDB, which introduces itself as MySQL 5.5).
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Files a change of a campaign with its fields before and as they are now; a change of nothing is not. */
    private void audit(AuditAction action, Campaign campaign, RecordFields before) {
        List<FieldChange> changes = before.changesTo(campaign.auditFields());
        if (!changes.isEmpty() || action == AuditAction.CREATE) {
            events.publishEvent(Audited.of(action, RecordTypes.CAMPAIGN, campaign.id()).withChanges(changes));
        }
    }

    private Campaign load(long id, long version) {
        Campaign campaign = campaigns.findById(id).orElseThrow(StaleRecordException::new);
        if (campaign.version() != version) {
            throw new StaleRecordException(staff.displayName(campaign.updatedBy()), campaign.updatedAt());
        }
        return campaign;
    }

    private static void checkPeriod(CampaignDraft draft) {
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new InvalidFieldException("endsOn", "error.dates-out-of-order");
        }
    }

    /** No status chosen means every status. */
    private static Collection<CampaignStatus> statuses(CampaignFilter filter) {
        return filter.statuses().isEmpty() ? EnumSet.allOf(CampaignStatus.class) : filter.statuses();
    }

    /**
     * By name when no order is asked for; ties broken by id, so that pages neither repeat nor skip rows. Campaigns
     * without a date come after the dated ones in either direction: H2 and MySQL disagree on where nulls sort, and
     * Spring Data drops {@code nullsLast()} from a written query.
     */
    private static Pageable ordered(Pageable pageable) {
        Sort sort = Sort.unsorted();
        for (Sort.Order order : pageable.getSort()) {
            if (DATES.contains(order.getProperty())) {
                // "c" is the repository queries' alias; the property is one of ours, never the caller's text
                sort = sort.and(JpaSort.unsafe("(case when c." + order.getProperty() + " is null then 1 else 0 end)"));
            }
            sort = sort.and(Sort.by(order));
        }
        if (sort.isUnsorted()) {
            sort = BY_NAME;
        } else if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by("id"));
        }
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
