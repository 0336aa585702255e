package org.interlocutor.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.IntegrationTest;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactQueryString;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.SavedContactView;
import org.interlocutor.contact.SavedViewService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Outreach plans: progress computed from the engagements logged with the targets since the plan began, overdue
 * targets, the ways targets are added, the need-to-know rule on every figure and row, stale edits and roles.
 */
@IntegrationTest
@WithStaff(username = "outreach.manager", role = Role.MANAGER)
class OutreachServiceTest {

    private static final Pageable ALL = PageRequest.of(0, 100);
    private static final String OFFICER = "outreach.officer";
    private static final String COLLEAGUE = "outreach.colleague";

    @Autowired
    OutreachService outreach;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ContactService contacts;
    @Autowired
    SavedViewService savedViews;
    @Autowired
    EngagementService engagements;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CountryService countries;
    @Autowired
    TestUsers users;

    private final String marker = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // ---- progress ------------------------------------------------------------------------------------------

    @Test
    void progressCountsTheEngagementsSinceThePlanBeganAndNotTheDeletedOnes() {
        ContactDetails before = contact("Before");
        ContactDetails after = contact("After");
        ContactDetails deleted = contact("Deleted");
        OutreachPlanDetails plan = plan(today.minusDays(10), today.plusDays(20));
        outreach.addContacts(plan.id(), List.of(before.id(), after.id(), deleted.id()));
        log(OFFICER, daysAgo(20), Sensitivity.NORMAL, before);
        EngagementDetails lateOne = log(OFFICER, daysAgo(5), Sensitivity.NORMAL, after);
        EngagementDetails removed = log(OFFICER, daysAgo(3), Sensitivity.NORMAL, deleted);
        users.runAs(OFFICER, Role.OFFICER, () -> engagements.delete(removed.id(), removed.version()));

        OutreachProgress progress = outreach.progress(plan.id());

        assertThat(progress).isEqualTo(new OutreachProgress(3, 1, false));
        assertThat(outreach.find(plan.id()).orElseThrow().progress()).isEqualTo(progress);
        List<OutreachTargetRow> reached = outreach.targets(plan.id(), TargetStatus.REACHED, ALL, Locale.ENGLISH);
        assertThat(reached).singleElement().satisfies(row -> {
            assertThat(row.contactId()).isEqualTo(after.id());
            assertThat(row.name()).isEqualTo("After " + marker);
            assertThat(row.status()).isEqualTo(TargetStatus.REACHED);
            assertThat(row.lastEngagedAt()).isEqualTo(lateOne.row().startedAt());
        });
        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH))
                .extracting(OutreachTargetRow::contactId).containsExactly(before.id(), deleted.id());
        assertThat(outreach.targets(plan.id(), TargetStatus.OVERDUE, ALL, Locale.ENGLISH)).isEmpty();
        assertThat(outreach.countTargets(plan.id(), TargetStatus.NOT_YET_REACHED)).isEqualTo(2);
    }

    @Test
    void anEngagementOnTheDayThePlanBeganCountsAndOneTheDayBeforeDoesNot() {
        ContactDetails onTheDay = contact("Onday");
        ContactDetails dayBefore = contact("Daybefore");
        OutreachPlanDetails plan = plan(today.minusDays(4), today.plusDays(4));
        outreach.addContacts(plan.id(), List.of(onTheDay.id(), dayBefore.id()));
        Instant began = today.minusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant();
        log(OFFICER, began, Sensitivity.NORMAL, onTheDay);
        log(OFFICER, began.minusSeconds(60), Sensitivity.NORMAL, dayBefore);

        assertThat(outreach.targets(plan.id(), TargetStatus.REACHED, ALL, Locale.ENGLISH))
                .extracting(OutreachTargetRow::contactId).containsExactly(onTheDay.id());
    }

    @Test
    void targetsNotReachedOnceTheTargetDateHasPassedAreOverdue() {
        ContactDetails reachedInTime = contact("Intime");
        ContactDetails missed = contact("Missed");
        OutreachPlanDetails plan = plan(today.minusDays(30), today.minusDays(1));
        outreach.addContacts(plan.id(), List.of(reachedInTime.id(), missed.id()));
        log(OFFICER, daysAgo(10), Sensitivity.NORMAL, reachedInTime);

        OutreachProgress progress = outreach.progress(plan.id());

        assertThat(progress.count(TargetStatus.OVERDUE)).isEqualTo(1);
        assertThat(progress.count(TargetStatus.NOT_YET_REACHED)).isZero();
        assertThat(outreach.targets(plan.id(), TargetStatus.OVERDUE, ALL, Locale.ENGLISH)).singleElement()
                .satisfies(row -> {
                    assertThat(row.contactId()).isEqualTo(missed.id());
                    assertThat(row.status()).isEqualTo(TargetStatus.OVERDUE);
                });
        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void organisationsAndCountriesAreReachedThroughTheirTimelines() {
        OrganizationRow mission = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, null, null, null, null));
        String country = "TV";
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        outreach.addOrganizations(plan.id(), List.of(mission.id()));
        outreach.addCountries(plan.id(), List.of(country));
        assertThat(outreach.progress(plan.id()).reached()).as("nothing logged yet today for Tuvalu").isZero();

        ContactDetails tuvaluan = users.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Ana",
                "Tuvalu " + marker, StakeholderCategory.STATE_PARTY_REPRESENTATIVE).withCountry(country), null));
        users.runAs(OFFICER, Role.OFFICER, () -> engagements.create(new EngagementDraft(EngagementKind.CALL,
                Instant.now(), null, null, "Call " + marker, null, null, Set.of(tuvaluan.id()), Set.of(mission.id()),
                Set.of(users.ensure(OFFICER, Role.OFFICER).id()), Set.of(), Sensitivity.NORMAL, List.of())));

        assertThat(outreach.progress(plan.id())).isEqualTo(new OutreachProgress(2, 2, false));
        assertThat(outreach.targets(plan.id(), TargetStatus.REACHED, ALL, Locale.FRENCH))
                .extracting(OutreachTargetRow::kind, OutreachTargetRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetKind.ORGANIZATION, "Mission " + marker),
                        org.assertj.core.groups.Tuple.tuple(TargetKind.COUNTRY, countries.name(country,
                                Locale.FRENCH)));
    }

    // ---- choosing targets ----------------------------------------------------------------------------------

    @Test
    void aRegionalGroupAddsItsStatesPartiesThenTheRestOfItsCountries() {
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        List<CountryRow> group = countries.list(new CountryFilter("", RegionalGroup.WESTERN_EUROPEAN_OTHERS, null),
                PageRequest.of(0, 300)).getContent();
        Set<String> parties = new HashSet<>();
        group.stream().filter(country -> country.romeStatus() == RomeStatuteStatus.STATE_PARTY)
                .forEach(country -> parties.add(country.code()));
        assertThat(parties).isNotEmpty().hasSizeLessThan(group.size());

        TargetsAdded first = outreach.addRegionalGroup(plan.id(), RegionalGroup.WESTERN_EUROPEAN_OTHERS, true);

        assertThat(first).isEqualTo(new TargetsAdded(parties.size(), 0));
        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH))
                .extracting(OutreachTargetRow::countryCode).containsExactlyInAnyOrderElementsOf(parties);

        TargetsAdded second = outreach.addRegionalGroup(plan.id(), RegionalGroup.WESTERN_EUROPEAN_OTHERS, false);

        assertThat(second).isEqualTo(new TargetsAdded(group.size() - parties.size(), parties.size()));
        assertThat(outreach.progress(plan.id()).targets()).isEqualTo(group.size());
    }

    @Test
    void aSavedViewAddsTheContactsItFindsWhenAdded() {
        ContactDetails first = contact("Viewed");
        ContactDetails second = contact("Alsoviewed");
        SavedContactView view = savedViews.saveContactView("Plan view " + marker,
                ContactQueryString.format(ContactFilter.NONE.withText(marker), List.of()));
        OutreachPlanDetails plan = plan(today, today.plusDays(30));

        TargetsAdded added = outreach.addFromSavedView(plan.id(), view.id());
        ContactDetails later = contact("Later");

        assertThat(added).isEqualTo(new TargetsAdded(2, 0));
        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH))
                .extracting(OutreachTargetRow::contactId).containsExactly(second.id(), first.id())
                .doesNotContain(later.id());
    }

    @Test
    void targetsArePagedAndSortedByName() {
        ContactDetails zulu = contact("Zulu");
        ContactDetails alpha = contact("Alpha");
        ContactDetails mike = contact("Mike");
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        outreach.addContacts(plan.id(), List.of(zulu.id(), alpha.id(), mike.id()));

        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, PageRequest.of(0, 2), Locale.ENGLISH))
                .extracting(OutreachTargetRow::contactId).containsExactly(alpha.id(), mike.id());
        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, PageRequest.of(1, 2), Locale.ENGLISH))
                .extracting(OutreachTargetRow::contactId).containsExactly(zulu.id());
        assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED,
                PageRequest.of(0, 2, Sort.by(Sort.Order.desc("name"))), Locale.ENGLISH))
                .extracting(OutreachTargetRow::contactId).containsExactly(zulu.id(), mike.id());
    }

    @Test
    void aTargetIsInAPlanOnceAndCanBeRemoved() {
        ContactDetails person = contact("Once");
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        outreach.addContacts(plan.id(), List.of(person.id()));

        assertThat(outreach.addContacts(plan.id(), List.of(person.id()))).isEqualTo(new TargetsAdded(0, 1));
        OutreachTargetRow target = outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH)
                .getFirst();
        outreach.removeTarget(plan.id(), target.id());

        assertThat(outreach.progress(plan.id())).isEqualTo(new OutreachProgress(0, 0, false));
    }

    // ---- need-to-know --------------------------------------------------------------------------------------

    @Test
    void aConfidentialContactTargetIsNeitherListedNorCountedForAnOfficerWhoMayNotSeeIt() {
        long ownerId = users.ensure(OFFICER, Role.OFFICER).id();
        ContactDetails defender = users.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Hidden",
                        "Defender " + marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withSensitivity(Sensitivity.CONFIDENTIAL, ownerId), null));
        long managerId = users.ensure("outreach.manager", Role.MANAGER).id();
        users.runAs(OFFICER, Role.OFFICER, () -> contacts.grantAccess(defender.id(), managerId));
        ContactDetails open = contact("Open");
        OutreachPlanDetails plan = plan(today.minusDays(5), today.plusDays(30));
        outreach.addContacts(plan.id(), List.of(defender.id(), open.id()));
        log(OFFICER, daysAgo(1), Sensitivity.CONFIDENTIAL, defender);

        assertThat(outreach.progress(plan.id())).as("the manager, granted access").isEqualTo(
                new OutreachProgress(2, 0, false));
        users.runAs(COLLEAGUE, Role.OFFICER, () -> {
            assertThat(outreach.progress(plan.id())).isEqualTo(new OutreachProgress(1, 0, false));
            assertThat(outreach.find(plan.id()).orElseThrow().progress().targets()).isEqualTo(1);
            assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH))
                    .extracting(OutreachTargetRow::contactId).containsExactly(open.id());
            assertThat(outreach.targets(plan.id(), TargetStatus.REACHED, ALL, Locale.ENGLISH)).isEmpty();
            assertThat(outreach.countTargets(plan.id(), TargetStatus.NOT_YET_REACHED)).isEqualTo(1);
            assertThat(outreach.plans(plan.campaignId(), false, ALL).getContent()).singleElement()
                    .satisfies(row -> assertThat(row.progress()).isEqualTo(new OutreachProgress(1, 0, false)));
        });
        users.runAs(OFFICER, Role.OFFICER, () -> {
            assertThat(outreach.progress(plan.id())).as("the owner, who logged the meeting")
                    .isEqualTo(new OutreachProgress(2, 1, false));
            assertThat(outreach.targets(plan.id(), TargetStatus.REACHED, ALL, Locale.ENGLISH))
                    .extracting(OutreachTargetRow::contactId).containsExactly(defender.id());
        });
    }

    @Test
    void anEngagementTheReaderMayNotSeeDoesNotReachATargetForThem() {
        ContactDetails diplomat = contact("Diplomat");
        OutreachPlanDetails plan = plan(today.minusDays(5), today.plusDays(30));
        outreach.addContacts(plan.id(), List.of(diplomat.id()));
        log(OFFICER, daysAgo(2), Sensitivity.CONFIDENTIAL, diplomat);

        assertThat(outreach.progress(plan.id())).as("a manager not present at a confidential meeting")
                .isEqualTo(new OutreachProgress(1, 0, false));
        users.runAs(COLLEAGUE, Role.OFFICER, () -> {
            assertThat(outreach.progress(plan.id()).reached()).isZero();
            assertThat(outreach.targets(plan.id(), TargetStatus.NOT_YET_REACHED, ALL, Locale.ENGLISH))
                    .extracting(OutreachTargetRow::contactId).containsExactly(diplomat.id());
        });
        users.runAs(OFFICER, Role.OFFICER, () -> {
            assertThat(outreach.progress(plan.id()).reached()).isEqualTo(1);
            assertThat(outreach.targets(plan.id(), TargetStatus.REACHED, ALL, Locale.ENGLISH)).singleElement()
                    .satisfies(row -> assertThat(row.lastEngagedAt()).isNotNull());
        });
    }

    @Test
    void aContactTheManagerMayNotSeeCannotBeAdded() {
        long ownerId = users.ensure(OFFICER, Role.OFFICER).id();
        ContactDetails secret = users.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Secret",
                        "Source " + marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withSensitivity(Sensitivity.CONFIDENTIAL, ownerId), null));
        OutreachPlanDetails plan = plan(today, today.plusDays(30));

        assertThatThrownBy(() -> outreach.addContacts(plan.id(), List.of(secret.id())))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(outreach.progress(plan.id()).targets()).isZero();
    }

    // ---- editing -------------------------------------------------------------------------------------------

    @Test
    void aSecondEditFromTheSameVersionIsRefusedAsStale() {
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        OutreachPlanDraft renamed = new OutreachPlanDraft("Renamed " + marker, plan.officerId(), plan.startsOn(),
                plan.targetOn(), OutreachPriority.HIGH, "First edit");

        OutreachPlanDetails saved = outreach.update(plan.id(), plan.version(), renamed);

        assertThat(saved.name()).isEqualTo("Renamed " + marker);
        assertThat(saved.priority()).isEqualTo(OutreachPriority.HIGH);
        assertThatThrownBy(() -> outreach.update(plan.id(), plan.version(), plan.toDraft()))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> outreach.setArchived(plan.id(), plan.version(), true))
                .isInstanceOf(StaleRecordException.class);
        assertThat(outreach.find(plan.id()).orElseThrow().name()).isEqualTo("Renamed " + marker);
    }

    @Test
    void theTargetDateMayNotComeBeforeTheStartAndTheOfficerMustBeAbleToLog() {
        CampaignDetails campaign = campaign();
        long officerId = users.ensure(OFFICER, Role.OFFICER).id();
        long viewerId = users.ensure("outreach.viewer", Role.VIEWER).id();

        assertThatThrownBy(() -> outreach.create(campaign.id(), new OutreachPlanDraft("Backwards " + marker,
                officerId, today, today.minusDays(1), OutreachPriority.LOW, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("targetOn"));
        assertThatThrownBy(() -> outreach.create(campaign.id(), new OutreachPlanDraft("Viewer " + marker,
                viewerId, today, today, OutreachPriority.LOW, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("officer"));
    }

    @Test
    void archivedPlansLeaveTheCampaignsListUnlessAskedForAndKeepTheirTargets() {
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        OutreachPlanDetails archived = outreach.setArchived(plan.id(), plan.version(), true);

        assertThat(outreach.plans(plan.campaignId(), false, ALL)).isEmpty();
        assertThat(outreach.countPlans(plan.campaignId(), true)).isEqualTo(1);
        assertThat(outreach.plans(plan.campaignId(), true, ALL).getContent()).singleElement()
                .satisfies(row -> assertThat(row.archived()).isTrue());
        assertThatThrownBy(() -> outreach.addCountries(plan.id(), List.of("KE")))
                .hasMessageContaining("outreach.error.plan-archived");
        assertThat(outreach.setArchived(plan.id(), archived.version(), false).archived()).isFalse();
    }

    @Test
    void officersReadPlansButCannotCreateOrChangeThem() {
        OutreachPlanDetails plan = plan(today, today.plusDays(30));
        ContactDetails person = contact("Officerread");

        users.runAs(OFFICER, Role.OFFICER, () -> {
            assertThat(outreach.find(plan.id())).isPresent();
            assertThatThrownBy(() -> outreach.create(plan.campaignId(), plan.toDraft()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outreach.update(plan.id(), plan.version(), plan.toDraft()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outreach.addContacts(plan.id(), List.of(person.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outreach.setArchived(plan.id(), plan.version(), true))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    // ---- fixtures ------------------------------------------------------------------------------------------

    private CampaignDetails campaign() {
        return campaigns.create(new CampaignDraft("Campaign " + marker, null, null, null, null,
                CampaignStatus.ACTIVE));
    }

    private OutreachPlanDetails plan(LocalDate startsOn, LocalDate targetOn) {
        long officerId = users.ensure(OFFICER, Role.OFFICER).id();
        return outreach.create(campaign().id(), new OutreachPlanDraft("Plan " + marker, officerId, startsOn,
                targetOn, OutreachPriority.MEDIUM, null));
    }

    /** A NORMAL contact every reader may see, named "{given} {marker}". */
    private ContactDetails contact(String given) {
        return users.as(OFFICER, Role.OFFICER, () -> contacts.create(ContactDraft.of(given, marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null));
    }

    private EngagementDetails log(String as, Instant at, Sensitivity sensitivity, ContactDetails... people) {
        Set<Long> ids = new HashSet<>();
        for (ContactDetails person : people) {
            ids.add(person.id());
        }
        return users.as(as, Role.OFFICER, () -> engagements.create(new EngagementDraft(EngagementKind.MEETING, at,
                null, null, "Meeting " + marker, null, null, ids, Set.of(), Set.of(users.ensure(as, Role.OFFICER).id()),
                Set.of(), sensitivity, List.of())));
    }

    private Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }
}
