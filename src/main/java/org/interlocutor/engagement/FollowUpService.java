package org.interlocutor.engagement;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interlocutor.security.CurrentUser;
import org.interlocutor.security.SignedInUser;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordFields;
import org.interlocutor.shared.audit.RecordTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Follow-ups: a person's own by urgency, those concerning a contact or a campaign, and the changes made to them
 * (done, cancelled, reopened, reassigned, moved). A follow-up is visible exactly when its engagement is.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FollowUpService {

    private static final Sort BY_DUE_DATE = Sort.by("dueOn", "id");

    private final FollowUpRepository followUps;
    private final EngagementRepository engagements;
    private final FollowUpRows rows;
    private final EngagementCounts counts;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EngagementAccess access;
    private final ApplicationEventPublisher events;

    FollowUpService(FollowUpRepository followUps, EngagementRepository engagements, FollowUpRows rows,
                    EngagementCounts counts, StaffDirectory staff, CurrentUser currentUser, Clock clock,
                    EngagementAccess access, ApplicationEventPublisher events) {
        this.access = access;
        this.followUps = followUps;
        this.engagements = engagements;
        this.rows = rows;
        this.counts = counts;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The signed-in person's open follow-ups in one window, soonest due first. */
    public List<FollowUpRow> mine(FollowUpWindow window, Pageable pageable) {
        return page(mineIn(window), pageable, BY_DUE_DATE);
    }

    public long countMine(FollowUpWindow window) {
        return followUps.count(mineIn(window));
    }

    public long myOverdueCount() {
        return countMine(FollowUpWindow.OVERDUE);
    }

    /** How many of the signed-in person's open follow-ups are due today (a UTC date, as every due date here). */
    public long myDueTodayCount() {
        long me = currentUser.require().id();
        LocalDate today = LocalDate.now(clock);
        Specification<FollowUp> dueToday = (root, query, cb) -> cb.and(cb.equal(root.get("assigneeId"), me),
                cb.equal(root.get("status"), FollowUpStatus.OPEN), cb.equal(root.get("dueOn"), today));
        return followUps.count(visible().and(dueToday));
    }

    /**
     * For managers: each colleague's open follow-ups past their due date, among those the manager may see, the
     * colleague with the most first. Read from the (status, due_on) index: the open, overdue ones only.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public List<AssigneeOverdue> overdueByAssignee() {
        List<Object[]> found = counts.overdueByAssignee(LocalDate.now(clock), currentUser.require());
        Map<Long, StaffMember> assignees = staff.byIds(found.stream().map(row -> (Long) row[0])
                .collect(java.util.stream.Collectors.toSet()));
        return found.stream().map(row -> {
                    StaffMember assignee = assignees.get((Long) row[0]);
                    return new AssigneeOverdue((Long) row[0], assignee == null ? "" : assignee.displayName(),
                            (Long) row[1], (LocalDate) row[2]);
                })
                .sorted(java.util.Comparator.comparingLong(AssigneeOverdue::overdue).reversed()
                        .thenComparing(AssigneeOverdue::assigneeName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The follow-ups concerning a contact: open ones first, soonest due first. */
    public List<FollowUpRow> ofContact(long contactId, Pageable pageable) {
        return page(visible().and(concerning(contactId)), pageable, Sort.by("status", "dueOn", "id"));
    }

    public long countOfContact(long contactId) {
        return followUps.count(visible().and(concerning(contactId)));
    }

    /**
     * Every follow-up concerning a person, whoever may otherwise see it, by due date: for a subject-access request,
     * which must be complete. Administrators only; the request that reads it is audited as an export of the person.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FollowUpRow> subjectAccessFollowUps(long contactId) {
        return rows.rows(followUps.findAll(concerning(contactId), Sort.by("dueOn", "id")));
    }

    /** The follow-ups of these engagements the person may see, by engagement, soonest due first: for exports. */
    public Map<Long, List<FollowUpRow>> ofEngagements(Collection<Long> engagementIds) {
        Map<Long, List<FollowUpRow>> byEngagement = new HashMap<>();
        if (engagementIds.isEmpty()) {
            return byEngagement;
        }
        Specification<FollowUp> ofThese = (root, query, cb) -> root.get("engagementId").in(engagementIds);
        rows.rows(followUps.findAll(visible().and(ofThese), Sort.by("dueOn", "id"))).forEach(row ->
                byEngagement.computeIfAbsent(row.engagementId(), id -> new java.util.ArrayList<>()).add(row));
        return byEngagement;
    }

    /** One follow-up as it is now, if the person may see it (its engagement is live and visible to them). */
    public Optional<FollowUpRow> find(long id) {
        return followUps.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .map(found -> rows.rows(List.of(found)).getFirst());
    }

    /** The follow-ups of a campaign's engagements: open ones first, soonest due first. */
    public List<FollowUpRow> ofCampaign(long campaignId, Pageable pageable) {
        return page(visible().and(inCampaign(campaignId)), pageable, Sort.by("status", "dueOn", "id"));
    }

    public long countOfCampaign(long campaignId) {
        return followUps.count(visible().and(inCampaign(campaignId)));
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public FollowUpRow add(long engagementId, @Valid FollowUpDraft draft) {
        SignedInUser me = currentUser.require();
        Engagement engagement = engagements.findOne(EngagementVisibility.withIdVisibleTo(engagementId, currentUser.require()))
                .filter(found -> !found.archived()).orElseThrow(StaleRecordException::new);
        rows.checkAssignee(draft.assigneeId());
        if (!engagement.participantIds().containsAll(draft.contactIds())) {
            throw new InvalidFieldException("contacts", "follow-up.error.contact-not-participant");
        }
        FollowUp followUp = followUps.saveAndFlush(new FollowUp(engagementId, draft, draft.contactIds(),
                clock.instant(), me.username()));
        audit(AuditAction.CREATE, followUp, RecordFields.none());
        refreshAccess(engagementId);
        return rows.rows(List.of(followUp)).getFirst();
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public FollowUpRow close(long id, long version, FollowUpStatus status) {
        FollowUp followUp = loadForChange(id, version);
        RecordFields before = followUp.auditFields();
        followUp.close(status, clock.instant(), currentUser.require().username());
        audit(AuditAction.UPDATE, followUp, before);
        return rows.rows(List.of(followUps.saveAndFlush(followUp))).getFirst();
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public FollowUpRow reassign(long id, long version, long assigneeId) {
        FollowUp followUp = loadForChange(id, version);
        rows.checkAssignee(assigneeId);
        RecordFields before = followUp.auditFields();
        followUp.reassign(assigneeId, clock.instant(), currentUser.require().username());
        audit(AuditAction.UPDATE, followUp, before);
        followUps.saveAndFlush(followUp);
        refreshAccess(followUp.engagementId());
        return rows.rows(List.of(followUp)).getFirst();
    }

    @PreAuthorize("hasRole('OFFICER')")
    @Transactional
    public FollowUpRow reschedule(long id, long version, LocalDate dueOn) {
        FollowUp followUp = loadForChange(id, version);
        RecordFields before = followUp.auditFields();
        followUp.reschedule(dueOn, clock.instant(), currentUser.require().username());
        audit(AuditAction.UPDATE, followUp, before);
        return rows.rows(List.of(followUps.saveAndFlush(followUp))).getFirst();
    }

    /** Whether the signed-in person may see the follow-up: exactly when they may see its engagement. */
    public boolean canSee(long id) {
        return followUps.count(visible().and((root, query, cb) -> cb.equal(root.get("id"), id))) > 0;
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    /** Files a change of a follow-up with its fields before and as they are now; a change of nothing is not. */
    private void audit(AuditAction action, FollowUp followUp, RecordFields before) {
        List<FieldChange> changes = before.changesTo(followUp.auditFields());
        if (!changes.isEmpty() || action == AuditAction.CREATE) {
            events.publishEvent(Audited.of(action, RecordTypes.FOLLOW_UP, followUp.id()).withChanges(changes));
        }
    }

    private List<FollowUpRow> page(Specification<FollowUp> specification, Pageable pageable, Sort sort) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return rows.rows(followUps.findBy(specification, query -> query.sortBy(sort).slice(sorted)).getContent());
    }

    private Specification<FollowUp> visible() {
        SignedInUser viewer = currentUser.require();
        return (root, query, cb) -> EngagementVisibility.isLiveAndVisible(root.get("engagementId"), query, cb, viewer);
    }

    private Specification<FollowUp> mineIn(FollowUpWindow window) {
        long me = currentUser.require().id();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = window.from(today);
        LocalDate to = window.to(today);
        Specification<FollowUp> mine = (root, query, cb) -> cb.and(cb.equal(root.get("assigneeId"), me),
                cb.equal(root.get("status"), FollowUpStatus.OPEN),
                from == null ? cb.conjunction() : cb.greaterThanOrEqualTo(root.get("dueOn"), from),
                to == null ? cb.conjunction() : cb.lessThanOrEqualTo(root.get("dueOn"), to));
        return visible().and(mine);
    }

    static Specification<FollowUp> concerning(long contactId) {
        return (root, query, cb) -> cb.isMember(contactId, root.<Set<Long>>get("contactIds"));
    }

    private static Specification<FollowUp> inCampaign(long campaignId) {
        return (root, query, cb) -> {
            Subquery<Integer> keyed = query.subquery(Integer.class);
            Root<EngagementLinks.Key> key = keyed.from(EngagementLinks.Key.class);
            keyed.select(cb.literal(1)).where(cb.equal(key.get("engagementId"), root.get("engagementId")),
                    cb.equal(key.get("lookup"), EngagementKeys.campaign(campaignId)));
            return cb.exists(keyed);
        };
    }

    private FollowUp loadForChange(long id, long version) {
        FollowUp followUp = followUps.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .orElseThrow(StaleRecordException::new);
        if (followUp.version() != version) {
            throw new StaleRecordException(staff.displayName(followUp.updatedBy()), followUp.updatedAt());
        }
        return followUp;
    }

    /** Who may read the engagement follows who holds its follow-ups, besides the staff present and grantees. */
    private void refreshAccess(long engagementId) {
        access.refresh(engagements.findById(engagementId).orElseThrow(StaleRecordException::new));
    }
}
