package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interlocutor.shared.Sensitivity.CONFIDENTIAL;
import static org.interlocutor.shared.Sensitivity.NORMAL;
import static org.interlocutor.shared.Sensitivity.RESTRICTED;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The need-to-know rule for engagements through every path that reads them. A NORMAL engagement: everyone. A
 * RESTRICTED one: who logged it, the staff present, its follow-ups' assignees, managers and administrators. A
 * CONFIDENTIAL one (here: raised by a confidential participant): who logged it, the staff present and the
 * assignees only. Everybody else must not learn that it exists: not in a list, a timeline, a count, a follow-up.
 *
 * <p>Each case logs, under a unique marker and at a unique time, an open engagement and a guarded one with the
 * same participant, organisation, campaign, staff and follow-up assignee, and reads them as one person: the open
 * engagement shows that the read works, the guarded one that the rule holds.
 */
@IntegrationTest
@WithStaff(username = "entk.owner", role = Role.OFFICER)
class EngagementNeedToKnowTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    private static final String CASE = "{0} engagement read by {1}: visible = {2}";

    /** Who reads. OWNER logged both engagements; STAFF was present; ASSIGNEE holds their follow-ups. */
    enum Reader {
        OWNER("entk.owner", Role.OFFICER),
        STAFF("entk.staff", Role.OFFICER),
        ASSIGNEE("entk.assignee", Role.OFFICER),
        OFFICER_WITHOUT_ACCESS("entk.officer", Role.OFFICER),
        MANAGER("entk.manager", Role.MANAGER),
        ADMIN("entk.admin", Role.ADMIN),
        VIEWER("entk.viewer", Role.VIEWER);

        final String username;
        final Role role;

        Reader(String username, Role role) {
            this.username = username;
            this.role = role;
        }
    }

    static Stream<Arguments> whoSeesGuardedEngagements() {
        List<Arguments> cases = new ArrayList<>();
        for (Reader reader : Reader.values()) {
            boolean involved = reader == Reader.OWNER || reader == Reader.STAFF || reader == Reader.ASSIGNEE;
            boolean senior = reader == Reader.MANAGER || reader == Reader.ADMIN;
            cases.add(arguments(RESTRICTED, reader, involved || senior));
            cases.add(arguments(CONFIDENTIAL, reader, involved));
        }
        return cases.stream();
    }

    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    /** What one case set up. */
    record Setting(String marker, Instant at, long campaignId, long organizationId, long staffId,
                   ContactDetails person, ContactDetails guardedPerson, EngagementDetails open,
                   EngagementDetails guarded) {

        List<Long> expected(boolean guardedVisible) {
            return guardedVisible ? List.of(guarded.id(), open.id()) : List.of(open.id());
        }

        FollowUpRow openFollowUp() {
            return open.followUps().getFirst();
        }

        FollowUpRow guardedFollowUp() {
            return guarded.followUps().getFirst();
        }

        EngagementFilter during(EngagementFilter filter) {
            return filter.withPeriod(at, at.plus(1, ChronoUnit.HOURS));
        }
    }

    /** Two-hour slots already taken in this run: period filters of two settings must never overlap. */
    private static final Set<Long> TAKEN_SLOTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A two-hour slot between 1990 and the 2600s, none taken twice in a run (and unlikely in earlier runs). */
    private static long freeSlot() {
        long slot;
        do {
            slot = ThreadLocalRandom.current().nextLong(3_000_000);
        } while (!TAKEN_SLOTS.add(slot));
        return slot;
    }

    private Setting setting(Sensitivity sensitivity) {
        String marker = "ntk" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        Instant at = Instant.parse("1990-01-01T00:00:00Z").plus(2 * freeSlot(), ChronoUnit.HOURS);
        jdbc.update("insert into campaign (name, status, sort_name, archived, created_at, created_by, updated_at,"
                + " updated_by, version) values (?, 'ACTIVE', ?, false, current_timestamp, 'test',"
                + " current_timestamp, 'test', 0)", "Campaign " + marker, "campaign " + marker);
        long campaign = jdbc.queryForObject("select id from campaign where name = ?", Long.class,
                "Campaign " + marker);
        long organization = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, "KE", null, null, null)).id();
        long owner = testUsers.ensure(Reader.OWNER.username, Reader.OWNER.role).id();
        long staff = testUsers.ensure(Reader.STAFF.username, Reader.STAFF.role).id();
        long assignee = testUsers.ensure(Reader.ASSIGNEE.username, Reader.ASSIGNEE.role).id();
        ContactDetails person = contacts.create(person("Olivia", "Open " + marker, NORMAL), null);
        ContactDetails guardedPerson = contacts.create(person("Gabriel", "Guarded " + marker, sensitivity), null);
        EngagementDetails open = engagements.create(meeting(marker, at, Set.of(person.id()), NORMAL, owner, staff,
                assignee, person.id(), campaign, organization));
        // CONFIDENTIAL comes from the participant; RESTRICTED is chosen for a meeting with the open person
        EngagementDetails guarded = sensitivity == CONFIDENTIAL
                ? engagements.create(meeting(marker, at.plusSeconds(60), Set.of(person.id(), guardedPerson.id()),
                NORMAL, owner, staff, assignee, person.id(), campaign, organization))
                : engagements.create(meeting(marker, at.plusSeconds(60), Set.of(person.id()), RESTRICTED, owner,
                staff, assignee, person.id(), campaign, organization));
        assertThat(guarded.row().sensitivity()).isEqualTo(sensitivity);
        return new Setting(marker, at, campaign, organization, staff, person, guardedPerson, open, guarded);
    }

    private static ContactDraft person(String givenName, String familyName, Sensitivity sensitivity) {
        ContactDraft draft = ContactDraft.of(givenName, familyName, StakeholderCategory.HUMAN_RIGHTS_DEFENDER);
        return new ContactDraft(null, givenName, familyName, null, StakeholderCategory.HUMAN_RIGHTS_DEFENDER, "KE",
                null, Set.of(), List.of(), List.of(), null, null, draft.stance(), sensitivity, null, null, Set.of());
    }

    private static EngagementDraft meeting(String marker, Instant at, Set<Long> participants,
                                           Sensitivity sensitivity, long owner, long staff, long assignee,
                                           long concerned, long campaign, long organization) {
        return new EngagementDraft(EngagementKind.MEETING, at, null, "Nairobi", "Meeting " + marker,
                "Discussed witness protection", null, participants, Set.of(organization), Set.of(owner, staff),
                Set.of(campaign), sensitivity, List.of(new FollowUpDraft("Write to " + marker, assignee,
                LocalDate.of(1990, 1, 1), Set.of(concerned))));
    }

    private <T> T as(Reader reader, java.util.function.Supplier<T> read) {
        return testUsers.as(reader.username, reader.role, read);
    }

    /** Every filter a list or a timeline can apply, each starting the query from a different place. */
    static Stream<Arguments> filterPaths() {
        return Stream.<Function<Setting, EngagementFilter>>of(
                        s -> s.during(EngagementFilter.NONE),
                        s -> EngagementFilter.ofContact(s.person().id()),
                        s -> EngagementFilter.ofOrganization(s.organizationId()),
                        s -> s.during(EngagementFilter.ofCountry("KE")),
                        s -> EngagementFilter.ofCampaign(s.campaignId()),
                        s -> s.during(EngagementFilter.NONE.withStaff(s.staffId())),
                        s -> s.during(EngagementFilter.NONE.withCategory(StakeholderCategory.HUMAN_RIGHTS_DEFENDER)),
                        s -> s.during(EngagementFilter.NONE.withRegionalGroup(RegionalGroup.AFRICAN)),
                        s -> s.during(EngagementFilter.NONE.withKind(EngagementKind.MEETING)),
                        s -> EngagementFilter.NONE.withText(s.marker()),
                        // words of the title: a confidential engagement's notes are encrypted and give none
                        s -> EngagementFilter.NONE.withText("meeting " + s.marker()).withCampaign(s.campaignId()))
                .flatMap(path -> whoSeesGuardedEngagements().map(arguments -> arguments(arguments.get()[0],
                        arguments.get()[1], arguments.get()[2], path)));
    }

    @ParameterizedTest(name = "{0} engagement read by {1} through a list or timeline filter: visible = {2}")
    @MethodSource("filterPaths")
    void listsTimelinesAndTheirCountsShowOnlyWhatTheReaderMaySee(Sensitivity sensitivity, Reader reader,
                                                                  boolean visible,
                                                                  Function<Setting, EngagementFilter> path) {
        Setting setting = setting(sensitivity);
        EngagementFilter filter = path.apply(setting);

        assertThat(as(reader, () -> engagements.rows(filter, FIRST_PAGE))).extracting(EngagementRow::id)
                .containsExactlyElementsOf(setting.expected(visible));
        assertThat(as(reader, () -> engagements.count(filter))).isEqualTo(setting.expected(visible).size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesGuardedEngagements")
    void anEngagementPageOpensOnlyForWhoMaySeeIt(Sensitivity sensitivity, Reader reader, boolean visible) {
        Setting setting = setting(sensitivity);

        assertThat(as(reader, () -> engagements.find(setting.guarded().id())).isPresent()).isEqualTo(visible);
        assertThat(as(reader, () -> engagements.find(setting.open().id()))).isPresent();
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesGuardedEngagements")
    void aFollowUpReadAgainAfterARefusedChangeFollowsItsEngagement(Sensitivity sensitivity, Reader reader,
                                                                   boolean visible) {
        Setting setting = setting(sensitivity);

        assertThat(as(reader, () -> followUps.find(setting.guardedFollowUp().id())).isPresent()).isEqualTo(visible);
        assertThat(as(reader, () -> followUps.find(setting.openFollowUp().id()))).isPresent();
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesGuardedEngagements")
    void followUpsOfAContactOrACampaignFollowTheirEngagement(Sensitivity sensitivity, Reader reader,
                                                             boolean visible) {
        Setting setting = setting(sensitivity);
        List<Long> expected = visible ? List.of(setting.openFollowUp().id(), setting.guardedFollowUp().id())
                : List.of(setting.openFollowUp().id());

        assertThat(as(reader, () -> followUps.ofContact(setting.person().id(), FIRST_PAGE)))
                .extracting(FollowUpRow::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(as(reader, () -> followUps.countOfContact(setting.person().id()))).isEqualTo(expected.size());
        assertThat(as(reader, () -> followUps.ofCampaign(setting.campaignId(), FIRST_PAGE)))
                .extracting(FollowUpRow::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(as(reader, () -> followUps.countOfCampaign(setting.campaignId()))).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesGuardedEngagements")
    void aCampaignsPeopleAreOnlyThoseTheReaderMaySeeInEngagementsTheyMaySee(Sensitivity sensitivity, Reader reader,
                                                                           boolean visible) {
        Setting setting = setting(sensitivity);
        // the guarded person only took part in the guarded engagement, and is itself guarded
        boolean guardedPersonListed = sensitivity == CONFIDENTIAL && visible && reader == Reader.OWNER;
        List<Long> expected = guardedPersonListed
                ? List.of(setting.guardedPerson().id(), setting.person().id()) : List.of(setting.person().id());

        assertThat(as(reader, () -> engagements.campaignParticipants(setting.campaignId(), FIRST_PAGE)))
                .extracting(ContactRow::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(as(reader, () -> engagements.countCampaignParticipants(setting.campaignId())))
                .isEqualTo(expected.size());
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesGuardedEngagements")
    void aGuardedParticipantIsNeverNamedToWhoMayNotSeeThem(Sensitivity sensitivity, Reader reader,
                                                           boolean visible) {
        Setting setting = setting(sensitivity);
        boolean personVisible = sensitivity == RESTRICTED
                ? reader == Reader.OWNER || reader == Reader.MANAGER || reader == Reader.ADMIN
                : reader == Reader.OWNER;

        as(reader, () -> engagements.rows(EngagementFilter.NONE.withText(setting.marker()), FIRST_PAGE))
                .forEach(row -> assertThat(row.participants()).extracting(Ref::id)
                        .contains(setting.person().id())
                        .matches(ids -> personVisible || !ids.contains(setting.guardedPerson().id()),
                                "no guarded person"));
    }

    @ParameterizedTest(name = CASE)
    @MethodSource("whoSeesGuardedEngagements")
    void myFollowUpsAndTheOverdueCountCountOnlyVisibleEngagements(Sensitivity sensitivity, Reader reader,
                                                                  boolean visible) {
        Setting setting = setting(sensitivity);
        long assignee = testUsers.ensure(Reader.ASSIGNEE.username, Reader.ASSIGNEE.role).id();

        List<FollowUpRow> mine = as(reader, () -> followUps.mine(FollowUpWindow.OVERDUE, PageRequest.of(0, 5000)));

        boolean isAssignee = reader == Reader.ASSIGNEE;
        assertThat(mine.stream().map(FollowUpRow::id).toList().contains(setting.guardedFollowUp().id()))
                .isEqualTo(isAssignee && visible);
        assertThat(mine).allMatch(row -> row.assigneeId() == as(reader, () -> testUsers
                .ensure(reader.username, reader.role).id()));
        assertThat(assignee).isPositive();
    }
}
