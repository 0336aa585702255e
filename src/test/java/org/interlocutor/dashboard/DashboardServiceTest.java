package org.interlocutor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.interlocutor.IntegrationTest;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.country.CountryFilter;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.country.RomeStatuteStatus;
import org.interlocutor.engagement.AssigneeOverdue;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.engagement.FollowUpStatus;
import org.interlocutor.engagement.QuietContact;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's figures against hand-built data, read as the people who may or may not see it. Figures over time
 * run on a dashboard whose clock stands on a day of its own, years after any other test's data, so that they count
 * only what the test made; the rest run on the application's dashboard with today's date.
 */
@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    CountryService countries;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    CampaignService campaigns;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;

    /** Years already used in this run: each time-travelling test has a stretch of its own. */
    private static final Set<Integer> TAKEN_YEARS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A day in a year between 2700 and 8700 no other test of the run uses, nor the year before. */
    private static LocalDate freeDay(int month, int day) {
        int year;
        do {
            year = 2700 + 3 * ThreadLocalRandom.current().nextInt(2000);
        } while (!TAKEN_YEARS.add(year));
        return LocalDate.of(year, month, day);
    }

    /** The dashboard as it reads on that day (at noon UTC). */
    private DashboardService on(LocalDate today) {
        return new DashboardService(countries, engagements, followUps, campaigns, contacts,
                Clock.fixed(today.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), 90);
    }

    private static String token() {
        return "d" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    private long user(String username, Role role) {
        return users.ensure(username, role).id();
    }

    private <T> T as(String username, Role role, Supplier<T> read) {
        return users.as(username, role, read);
    }

    private ContactDetails person(String owner, String family, @Nullable String country, @Nullable Integer influence,
                                  Sensitivity sensitivity) {
        long ownerId = user(owner, Role.OFFICER);
        ContactDraft draft = new ContactDraft(null, "Alex", family, null, StakeholderCategory.STATE_PARTY_REPRESENTATIVE,
                country, null, Set.of(), List.of(), List.of(), ownerId, influence, Stance.UNKNOWN, sensitivity, null,
                null, Set.of());
        return as(owner, Role.OFFICER, () -> contacts.create(draft, null));
    }

    private EngagementDetails log(String owner, EngagementKind kind, Instant startedAt, Set<Long> participants,
                                  Set<Long> organizations, Set<Long> campaignIds, Sensitivity sensitivity,
                                  List<FollowUpDraft> followUpDrafts) {
        long ownerId = user(owner, Role.OFFICER);
        EngagementDraft draft = new EngagementDraft(kind, startedAt, null, null, "Meeting " + token(), null, null,
                participants, organizations, Set.of(ownerId), campaignIds, sensitivity, followUpDrafts);
        return as(owner, Role.OFFICER, () -> engagements.create(draft));
    }

    private EngagementDetails meet(String owner, Instant startedAt, ContactDetails... people) {
        return log(owner, EngagementKind.MEETING, startedAt, ids(people), Set.of(), Set.of(), Sensitivity.NORMAL,
                List.of());
    }

    private static Set<Long> ids(ContactDetails... people) {
        Set<Long> ids = new HashSet<>();
        for (ContactDetails person : people) {
            ids.add(person.id());
        }
        return ids;
    }

    // ---- coverage --------------------------------------------------------------------------------------------

    private static Map<RegionalGroup, GroupCoverage> byGroup(Coverage coverage) {
        return coverage.groups().stream().collect(Collectors.toMap(GroupCoverage::group, group -> group));
    }

    private static Set<String> reached(GroupCoverage group, List<CountryRow> parties) {
        Set<String> notReached = group.notReached().stream().map(CountryRow::code).collect(Collectors.toSet());
        return parties.stream().filter(country -> country.regionalGroup() == group.group())
                .map(CountryRow::code).filter(code -> !notReached.contains(code)).collect(Collectors.toSet());
    }

    @Test
    void coverageCountsTheStatePartiesAVisibleEngagementTouchedInEachWindow() {
        String owner = "dash.coverage.owner";
        String other = "dash.coverage.other";
        user(other, Role.OFFICER);
        LocalDate today = freeDay(7, 20);
        String marker = token();
        ContactDetails kenyan = person(owner, "Kenyan " + marker, "KE", null, Sensitivity.NORMAL);
        ContactDetails ghanaian = person(owner, "Ghanaian " + marker, "GH", null, Sensitivity.NORMAL);
        ContactDetails ivorian = person(owner, "Ivorian " + marker, "CI", null, Sensitivity.NORMAL);
        ContactDetails french = person(owner, "French " + marker, "FR", null, Sensitivity.NORMAL);
        ContactDetails brazilian = person(owner, "Brazilian " + marker, "BR", null, Sensitivity.NORMAL);
        ContactDetails japanese = person(owner, "Japanese " + marker, "JP", null, Sensitivity.NORMAL);
        ContactDetails german = person(owner, "German " + marker, "DE", null, Sensitivity.NORMAL);
        ContactDetails nigerianDefender = person(owner, "Nigerian " + marker, "NG", null, Sensitivity.CONFIDENTIAL);
        long senegalMission = as(owner, Role.OFFICER, () -> organizations.create(new OrganizationDraft(
                "Mission " + marker, null, OrganizationKind.PERMANENT_MISSION, "SN", null, null, null))).id();

        meet(owner, at(today.minusDays(10), 9, 0), kenyan);
        // through an organisation based there, without anyone from there
        log(owner, EngagementKind.LETTER, at(today.minusDays(20), 9, 0), Set.of(), Set.of(senegalMission), Set.of(),
                Sensitivity.NORMAL, List.of());
        // the first and the last minute of the 30 days' edge: the 29th day back is in, the 30th is not
        meet(owner, at(today.minusDays(29), 0, 0), ghanaian);
        meet(owner, at(today.minusDays(30), 23, 59), ivorian);
        meet(owner, at(today.minusDays(60), 9, 0), french);
        meet(owner, at(today.minusDays(200), 9, 0), brazilian);
        meet(owner, at(today.minusDays(400), 9, 0), japanese);
        // logged ahead of time: not an engagement yet
        meet(owner, at(today.plusDays(1), 9, 0), german);
        // CONFIDENTIAL through its participant: the owner's only
        EngagementDetails hidden = meet(owner, at(today.minusDays(5), 9, 0), nigerianDefender);
        assertThat(hidden.row().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);

        DashboardService then = on(today);
        List<CountryRow> parties = as(other, Role.OFFICER, () -> countries.list(
                new CountryFilter("", null, RomeStatuteStatus.STATE_PARTY), PageRequest.of(0, 500)).getContent());
        Map<RegionalGroup, GroupCoverage> days30 = byGroup(as(other, Role.OFFICER,
                () -> then.coverage(CoverageWindow.DAYS_30)));
        Map<RegionalGroup, GroupCoverage> days90 = byGroup(as(other, Role.OFFICER,
                () -> then.coverage(CoverageWindow.DAYS_90)));
        Map<RegionalGroup, GroupCoverage> days365 = byGroup(as(other, Role.OFFICER,
                () -> then.coverage(CoverageWindow.DAYS_365)));
        Map<RegionalGroup, GroupCoverage> ownersDays30 = byGroup(as(owner, Role.OFFICER,
                () -> then.coverage(CoverageWindow.DAYS_30)));

        for (RegionalGroup group : RegionalGroup.values()) {
            long stateParties = parties.stream().filter(country -> country.regionalGroup() == group).count();
            assertThat((long) days30.get(group).stateParties()).as(group.name()).isEqualTo(stateParties);
        }
        assertThat(reached(days30.get(RegionalGroup.AFRICAN), parties)).containsExactlyInAnyOrder("KE", "SN", "GH");
        assertThat(days30.get(RegionalGroup.AFRICAN).reached()).isEqualTo(3);
        assertThat(days30.get(RegionalGroup.AFRICAN).notReached()).extracting(CountryRow::code)
                .contains("NG", "CI").doesNotContain("KE");
        assertThat(days30.get(RegionalGroup.WESTERN_EUROPEAN_OTHERS).reached()).isZero();
        assertThat(days30.get(RegionalGroup.ASIA_PACIFIC).reached()).isZero();

        assertThat(reached(days90.get(RegionalGroup.AFRICAN), parties))
                .containsExactlyInAnyOrder("KE", "SN", "GH", "CI");
        assertThat(reached(days90.get(RegionalGroup.WESTERN_EUROPEAN_OTHERS), parties)).containsExactly("FR");
        assertThat(days90.get(RegionalGroup.LATIN_AMERICAN_CARIBBEAN).reached()).isZero();

        assertThat(reached(days365.get(RegionalGroup.LATIN_AMERICAN_CARIBBEAN), parties)).containsExactly("BR");
        assertThat(days365.get(RegionalGroup.ASIA_PACIFIC).reached()).isZero();
        assertThat(days365.get(RegionalGroup.EASTERN_EUROPEAN).reached()).isZero();

        // the confidential engagement reaches Nigeria for its owner only
        assertThat(reached(ownersDays30.get(RegionalGroup.AFRICAN), parties))
                .containsExactlyInAnyOrder("KE", "SN", "GH", "NG");
        assertThat(as(other, Role.OFFICER, () -> then.coverage(CoverageWindow.DAYS_30)).from())
                .isEqualTo(today.minusDays(29));
    }

    @Test
    void coverageChartHasTheGroupsAsCategoriesAndReachedAndNotReachedAsSeries() {
        LocalDate today = freeDay(3, 1);
        String officer = "dash.chart.officer";
        ContactDetails kenyan = person(officer, "Chart " + token(), "KE", null, Sensitivity.NORMAL);
        meet(officer, at(today, 8, 0), kenyan);

        ChartData chart = as(officer, Role.OFFICER, () -> on(today).coverage(CoverageWindow.DAYS_30)).chart();

        assertThat(chart.categories()).containsExactly(java.util.Arrays.stream(RegionalGroup.values())
                .map(group -> new FigureLabel.Key(group.messageKey())).toArray(FigureLabel[]::new));
        assertThat(chart.series()).extracting(FigureSeries::label).containsExactly(
                new FigureLabel.Key("dashboard.coverage.reached"), new FigureLabel.Key("dashboard.coverage.not-reached"));
        assertThat(chart.series().getFirst().values()).containsExactly(1L, 0L, 0L, 0L, 0L);
    }

    // ---- going cold ------------------------------------------------------------------------------------------

    /** The ids of every key person going cold for the reader, in the list's order, read page by page. */
    private List<Long> coldList(DashboardService then, String reader, int days) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            int number = page;
            List<QuietContact> rows = as(reader, Role.OFFICER,
                    () -> then.goingCold(days, PageRequest.of(number, 50)));
            rows.forEach(row -> ids.add(row.contact().id()));
            if (rows.size() < 50) {
                return ids;
            }
        }
    }

    private @Nullable QuietContact coldRow(DashboardService then, String reader, int days, long contactId) {
        for (int page = 0; ; page++) {
            int number = page;
            List<QuietContact> rows = as(reader, Role.OFFICER,
                    () -> then.goingCold(days, PageRequest.of(number, 50)));
            for (QuietContact row : rows) {
                if (row.contact().id() == contactId) {
                    return row;
                }
            }
            if (rows.size() < 50) {
                return null;
            }
        }
    }

    @Test
    void keyPeopleGoCold() {
        String owner = "dash.cold.owner";
        String reader = "dash.cold.reader";
        user(reader, Role.OFFICER);
        LocalDate today = freeDay(9, 15);
        DashboardService then = on(today);
        long ownersBefore = as(owner, Role.OFFICER, () -> then.countGoingCold(90));
        long readersBefore = as(reader, Role.OFFICER, () -> then.countGoingCold(90));
        String marker = token();

        ContactDetails influence3 = person(owner, marker + " A three", null, 3, Sensitivity.NORMAL);
        ContactDetails neverMet = person(owner, marker + " B never", null, 4, Sensitivity.NORMAL);
        ContactDetails met90DaysAgo = person(owner, marker + " C ninety", null, 5, Sensitivity.NORMAL);
        ContactDetails met89DaysAgo = person(owner, marker + " D eighty-nine", null, 5, Sensitivity.NORMAL);
        ContactDetails archived = person(owner, marker + " E archived", null, 5, Sensitivity.NORMAL);
        ContactDetails hiddenPerson = person(owner, marker + " F hidden", null, 5, Sensitivity.CONFIDENTIAL);
        ContactDetails metInConfidence = person(owner, marker + " G confidence", null, 4, Sensitivity.NORMAL);
        ContactDetails defender = person(owner, marker + " H defender", null, null, Sensitivity.CONFIDENTIAL);
        Instant ninetyDaysAgo = at(today.minusDays(90), 23, 30);
        meet(owner, ninetyDaysAgo, met90DaysAgo);
        meet(owner, at(today.minusDays(89), 0, 0), met89DaysAgo);
        as(owner, Role.OFFICER, () -> contacts.setArchived(archived.id(), archived.version(), true));
        // a meeting only its owner may see: the reader has not seen this person met lately
        meet(owner, at(today.minusDays(3), 10, 0), metInConfidence, defender);

        List<Long> readersList = coldList(then, reader, 90);
        List<Long> mine = List.of(influence3.id(), neverMet.id(), met90DaysAgo.id(), met89DaysAgo.id(), archived.id(),
                hiddenPerson.id(), metInConfidence.id(), defender.id());
        // the most influential first, then by name
        assertThat(readersList.stream().filter(mine::contains).toList())
                .containsExactly(met90DaysAgo.id(), neverMet.id(), metInConfidence.id());
        assertThat(as(reader, Role.OFFICER, () -> then.countGoingCold(90))).isEqualTo(readersBefore + 3);
        assertThat(coldList(then, owner, 90).stream().filter(mine::contains).toList())
                .containsExactly(met90DaysAgo.id(), hiddenPerson.id(), neverMet.id());
        assertThat(as(owner, Role.OFFICER, () -> then.countGoingCold(90))).isEqualTo(ownersBefore + 3);

        // the last engagement shown is one the reader may see, or none
        assertThat(coldRow(then, reader, 90, met90DaysAgo.id()).lastEngagedAt()).isEqualTo(ninetyDaysAgo);
        assertThat(coldRow(then, reader, 90, neverMet.id()).lastEngagedAt()).isNull();
        assertThat(coldRow(then, reader, 90, metInConfidence.id()).lastEngagedAt()).isNull();

        // N is the page's to choose: met 90 days ago is not cold after 91 days; met 89 days ago is after 89
        assertThat(coldList(then, reader, 91)).doesNotContain(met90DaysAgo.id()).contains(neverMet.id());
        assertThat(coldList(then, reader, 89)).contains(met89DaysAgo.id(), met90DaysAgo.id());
        assertThat(as(reader, Role.OFFICER, () -> then.countGoingCold(91))).isEqualTo(
                as(reader, Role.OFFICER, () -> then.countGoingCold(90)) - 1);
        assertThatThrownBy(() -> as(reader, Role.OFFICER, () -> then.countGoingCold(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- engagements per month -------------------------------------------------------------------------------

    @Test
    void thisMonthIsComparedWithLastMonthUpToTheSameDayAndInAll() {
        String owner = "dash.month.owner";
        String reader = "dash.month.reader";
        user(reader, Role.OFFICER);
        LocalDate today = freeDay(7, 20);
        ContactDetails person = person(owner, "Monthly " + token(), null, null, Sensitivity.NORMAL);
        ContactDetails defender = person(owner, "Defender " + token(), null, null, Sensitivity.CONFIDENTIAL);
        meet(owner, at(today.withDayOfMonth(1), 0, 0), person);
        meet(owner, at(today, 10, 0), person);
        meet(owner, at(today.plusDays(1), 10, 0), person);
        meet(owner, at(today.minusDays(2), 10, 0), defender);
        meet(owner, at(LocalDate.of(today.getYear(), 6, 5), 10, 0), person);
        meet(owner, at(LocalDate.of(today.getYear(), 6, 20), 23, 0), person);
        meet(owner, at(LocalDate.of(today.getYear(), 6, 21), 10, 0), person);
        meet(owner, at(LocalDate.of(today.getYear(), 6, 30), 23, 59), person);
        meet(owner, at(LocalDate.of(today.getYear(), 5, 31), 23, 59), person);

        MonthOverMonth readers = as(reader, Role.OFFICER, () -> on(today).engagementsThisMonth());
        MonthOverMonth owners = as(owner, Role.OFFICER, () -> on(today).engagementsThisMonth());

        assertThat(readers).isEqualTo(new MonthOverMonth(YearMonth.from(today), 2, 4, 2));
        assertThat(readers.change()).isZero();
        assertThat(readers.changePercent()).isZero();
        assertThat(owners.thisMonth()).isEqualTo(3);
        assertThat(owners.changePercent()).isEqualTo(50);
    }

    @Test
    void engagementsPerMonthAreSplitByKindAndByLeadingCampaigns() {
        String owner = "dash.monthly.owner";
        String reader = "dash.monthly.reader";
        String manager = "dash.monthly.manager";
        user(reader, Role.OFFICER);
        LocalDate today = freeDay(3, 15);
        int year = today.getYear();
        String marker = token();
        Map<String, Long> campaign = new java.util.HashMap<>();
        for (String letter : List.of("A", "B", "C", "D", "E", "F", "G")) {
            campaign.put(letter, as(manager, Role.MANAGER, () -> campaigns.create(new CampaignDraft(
                    marker + " " + letter, null, null, null, null, CampaignStatus.ACTIVE))).id());
        }
        ContactDetails person = person(owner, "Monthly " + marker, null, null, Sensitivity.NORMAL);
        ContactDetails defender = person(owner, "Defender " + marker, null, null, Sensitivity.CONFIDENTIAL);
        Set<Long> with = Set.of(person.id());
        log(owner, EngagementKind.MEETING, at(LocalDate.of(year, 3, 1), 0, 0), with, Set.of(),
                Set.of(campaign.get("A")), Sensitivity.NORMAL, List.of());
        log(owner, EngagementKind.CALL, at(LocalDate.of(year, 3, 10), 9, 0), with, Set.of(),
                Set.of(campaign.get("A"), campaign.get("B")), Sensitivity.NORMAL, List.of());
        log(owner, EngagementKind.MEETING, at(LocalDate.of(year, 3, 16), 9, 0), with, Set.of(),
                Set.of(campaign.get("A")), Sensitivity.NORMAL, List.of());
        log(owner, EngagementKind.MEETING, at(LocalDate.of(year, 2, 10), 9, 0), with, Set.of(), Set.of(),
                Sensitivity.NORMAL, List.of());
        log(owner, EngagementKind.CALL, at(LocalDate.of(year, 2, 11), 9, 0), Set.of(person.id(), defender.id()),
                Set.of(), Set.of(campaign.get("A")), Sensitivity.NORMAL, List.of());
        for (String letter : List.of("D", "E", "F", "G")) {
            log(owner, EngagementKind.MEETING, at(LocalDate.of(year, 1, 5), 9, 0), with, Set.of(),
                    Set.of(campaign.get(letter)), Sensitivity.NORMAL, List.of());
        }
        log(owner, EngagementKind.LETTER, at(LocalDate.of(year - 1, 4, 1), 0, 0), with, Set.of(),
                Set.of(campaign.get("C")), Sensitivity.NORMAL, List.of());
        log(owner, EngagementKind.LETTER, at(LocalDate.of(year - 1, 3, 31), 23, 59), with, Set.of(),
                Set.of(campaign.get("C")), Sensitivity.NORMAL, List.of());

        DashboardService then = on(today);
        MonthlySeries byKind = as(reader, Role.OFFICER, () -> then.engagementsPerMonth(MonthlyBreakdown.BY_KIND));
        MonthlySeries byCampaign = as(reader, Role.OFFICER,
                () -> then.engagementsPerMonth(MonthlyBreakdown.BY_CAMPAIGN));
        MonthlySeries ownersByKind = as(owner, Role.OFFICER, () -> then.engagementsPerMonth(MonthlyBreakdown.BY_KIND));

        assertThat(byKind.months()).hasSize(12).startsWith(YearMonth.of(year - 1, 4)).endsWith(YearMonth.of(year, 3));
        // April last year ... March this year: index 0 is April, 9 January, 10 February, 11 March
        assertThat(seriesOf(byKind)).containsExactly(
                Map.entry(new FigureLabel.Key("engagement.kind.MEETING"), counts(9, 4, 10, 1, 11, 1)),
                Map.entry(new FigureLabel.Key("engagement.kind.CALL"), counts(11, 1)),
                Map.entry(new FigureLabel.Key("engagement.kind.LETTER"), counts(0, 1)));
        assertThat(seriesOf(ownersByKind).get(new FigureLabel.Key("engagement.kind.CALL"))).isEqualTo(counts(10, 1, 11, 1));

        assertThat(seriesOf(byCampaign)).containsExactly(
                Map.entry(new FigureLabel.Name(marker + " A"), counts(11, 2)),
                Map.entry(new FigureLabel.Name(marker + " B"), counts(11, 1)),
                Map.entry(new FigureLabel.Name(marker + " C"), counts(0, 1)),
                Map.entry(new FigureLabel.Name(marker + " D"), counts(9, 1)),
                Map.entry(new FigureLabel.Name(marker + " E"), counts(9, 1)),
                Map.entry(new FigureLabel.Key("dashboard.monthly.other-campaigns"), counts(9, 2)),
                Map.entry(new FigureLabel.Key("dashboard.monthly.no-campaign"), counts(10, 1)));
        assertThat(byCampaign.chart().categories()).first().isEqualTo(new FigureLabel.Month(YearMonth.of(year - 1, 4)));
    }

    /** Each series' values by label, in the series' order. */
    private static Map<FigureLabel, List<Long>> seriesOf(MonthlySeries monthly) {
        Map<FigureLabel, List<Long>> series = new java.util.LinkedHashMap<>();
        monthly.series().forEach(one -> series.put(one.label(), one.values()));
        return series;
    }

    /** Twelve months of zeros but at the given (month index, count) pairs. */
    private static List<Long> counts(int... indexAndCount) {
        Long[] values = new Long[12];
        java.util.Arrays.fill(values, 0L);
        for (int i = 0; i < indexAndCount.length; i += 2) {
            values[indexAndCount[i]] = (long) indexAndCount[i + 1];
        }
        return List.of(values);
    }

    // ---- follow-ups ------------------------------------------------------------------------------------------

    private static FollowUpDraft due(String what, long assignee, LocalDate dueOn, ContactDetails about) {
        return new FollowUpDraft(what, assignee, dueOn, Set.of(about.id()));
    }

    @Test
    void myFollowUpsCountTheOpenOnesOverdueAndDueToday() {
        String officer = "dash.mine.officer";
        long me = user(officer, Role.OFFICER);
        long colleague = user("dash.mine.colleague", Role.OFFICER);
        LocalDate today = LocalDate.now(clock);
        ContactDetails person = person(officer, "Mine " + token(), null, null, Sensitivity.NORMAL);
        EngagementDetails meeting = log(officer, EngagementKind.MEETING, Instant.now(clock), Set.of(person.id()),
                Set.of(), Set.of(), Sensitivity.NORMAL, List.of(
                        due("two days late", me, today.minusDays(2), person),
                        due("a day late", me, today.minusDays(1), person),
                        due("done, late", me, today.minusDays(3), person),
                        due("today", me, today, person),
                        due("today too", me, today, person),
                        due("tomorrow", me, today.plusDays(1), person),
                        due("a colleague's", colleague, today.minusDays(1), person)));
        FollowUpRow done = meeting.followUps().stream().filter(row -> row.description().equals("done, late"))
                .findFirst().orElseThrow();
        as(officer, Role.OFFICER, () -> followUps.close(done.id(), done.version(), FollowUpStatus.DONE));

        assertThat(as(officer, Role.OFFICER, () -> dashboard.myFollowUps())).isEqualTo(new MyFollowUps(2, 2));
    }

    @Test
    void overdueFollowUpsByOfficerCountWhatTheManagerMaySeeAndOnlyManagersMayAsk() {
        String first = "dash.overdue.first";
        String second = "dash.overdue.second";
        String manager = "dash.overdue.manager";
        long firstId = user(first, Role.OFFICER);
        long secondId = user(second, Role.OFFICER);
        LocalDate today = LocalDate.now(clock);
        ContactDetails person = person(first, "Overdue " + token(), null, null, Sensitivity.NORMAL);
        ContactDetails defender = person(first, "Defender " + token(), null, null, Sensitivity.CONFIDENTIAL);
        EngagementDetails meeting = log(first, EngagementKind.MEETING, Instant.now(clock), Set.of(person.id()),
                Set.of(), Set.of(), Sensitivity.NORMAL, List.of(
                        due("three days late", firstId, today.minusDays(3), person),
                        due("a day late", firstId, today.minusDays(1), person),
                        due("today", firstId, today, person),
                        due("done", firstId, today.minusDays(5), person),
                        due("two days late", secondId, today.minusDays(2), person)));
        FollowUpRow done = meeting.followUps().stream().filter(row -> row.description().equals("done"))
                .findFirst().orElseThrow();
        as(first, Role.OFFICER, () -> followUps.close(done.id(), done.version(), FollowUpStatus.DONE));
        // RESTRICTED: managers see it; CONFIDENTIAL: only who logged it, was there or holds its follow-ups
        log(first, EngagementKind.CALL, Instant.now(clock), Set.of(person.id()), Set.of(), Set.of(),
                Sensitivity.RESTRICTED, List.of(due("six days late", secondId, today.minusDays(6), person)));
        log(first, EngagementKind.CALL, Instant.now(clock), Set.of(defender.id()), Set.of(), Set.of(),
                Sensitivity.NORMAL, List.of(due("hidden, ten days late", secondId, today.minusDays(10), defender)));

        List<AssigneeOverdue> rows = as(manager, Role.MANAGER, () -> dashboard.overdueByOfficer()).stream()
                .filter(row -> row.assigneeId() == firstId || row.assigneeId() == secondId).toList();

        assertThat(rows).containsExactlyInAnyOrder(
                new AssigneeOverdue(firstId, "Dash overdue first", 2, today.minusDays(3)),
                new AssigneeOverdue(secondId, "Dash overdue second", 2, today.minusDays(6)));
        assertThatThrownBy(() -> as(first, Role.OFFICER, () -> dashboard.overdueByOfficer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("dash.overdue.admin", Role.ADMIN, () -> dashboard.overdueByOfficer()))
                .extracting(AssigneeOverdue::assigneeId).contains(firstId, secondId);
    }
}
