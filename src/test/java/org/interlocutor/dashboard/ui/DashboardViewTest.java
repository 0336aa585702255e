package org.interlocutor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.sidenav.SideNav;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.country.CountryRow;
import org.interlocutor.dashboard.Coverage;
import org.interlocutor.dashboard.CoverageWindow;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.dashboard.GroupCoverage;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start page as people see it, without a browser: each card, its numbers, links and controls. */
@ViewTest
class DashboardViewTest extends SpringBrowserlessTest {

    private static final String OFFICER = "dash.view.officer";

    @Autowired
    DashboardService dashboard;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;

    private DashboardView open() {
        UI.getCurrent().navigate("");
        return (DashboardView) getCurrentView();
    }

    private <T extends Component> T card(Class<T> type) {
        return $(type).single();
    }

    /** A key person of the officer's, and a meeting with them now with follow-ups for the officer due so. */
    private ContactDetails meetingWithFollowUps(long... daysFromToday) {
        long me = users.ensure(OFFICER, Role.OFFICER).id();
        ContactDetails person = contacts.create(new ContactDraft(null, "Key", "Person " + UUID.randomUUID(), null,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "KE", null, Set.of(), List.of(), List.of(), me, 5,
                Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of()), null);
        LocalDate today = LocalDate.now(clock);
        List<FollowUpDraft> followUps = java.util.Arrays.stream(daysFromToday).mapToObj(days -> new FollowUpDraft(
                "Follow up " + days, me, today.plusDays(days), Set.of(person.id()))).toList();
        engagements.create(new EngagementDraft(EngagementKind.MEETING, Instant.now(clock), null, null,
                "Dashboard meeting", null, null, Set.of(person.id()), Set.of(), Set.of(me), Set.of(),
                Sensitivity.NORMAL, followUps));
        return person;
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void theStartAddressOpensTheDashboardFirstInTheMenu() {
        DashboardView view = open();

        assertThat(view.getPageTitle()).isEqualTo("Dashboard");
        assertThat($(SideNav.class).first().getItems().getFirst().getLabel()).isEqualTo("Dashboard");
        assertThat($(DashboardCard.class).all()).extracting(card -> card.title.getText()).startsWith(
                "My follow-ups", "Engagements this month", "State Party coverage", "Key people going cold",
                "Engagements per month");
    }

    @Test
    @WithStaff(username = "dash.view.figures", role = Role.OFFICER)
    void myFollowUpsShowTheirNumbersAndLeadToTheFollowUps() {
        long me = users.ensure("dash.view.figures", Role.OFFICER).id();
        ContactDetails person = contacts.create(ContactDraft.of("Figure", "Person " + UUID.randomUUID(),
                StakeholderCategory.CIVIL_SOCIETY), null);
        LocalDate today = LocalDate.now(clock);
        engagements.create(new EngagementDraft(EngagementKind.CALL, Instant.now(clock), null, null, "Call", null,
                null, Set.of(person.id()), Set.of(), Set.of(me), Set.of(), Sensitivity.NORMAL, List.of(
                new FollowUpDraft("late", me, today.minusDays(2), Set.of(person.id())),
                new FollowUpDraft("today", me, today, Set.of(person.id())),
                new FollowUpDraft("today too", me, today, Set.of(person.id())))));
        open();
        FollowUpsCard card = card(FollowUpsCard.class);

        assertThat(card.overdue.getElement().getTextRecursively()).isEqualTo("1overdue");
        assertThat(card.overdue.getClassNames()).contains("figure-alert");
        assertThat(card.dueToday.getElement().getTextRecursively()).isEqualTo("2due today");

        test(card.dueToday).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("follow-ups");
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void thisMonthIsShownWithLastMonthBesideIt() {
        meetingWithFollowUps();
        open();
        MonthCard card = card(MonthCard.class);

        assertThat(card.thisMonth.getText()).isEqualTo(String.valueOf(dashboard.engagementsThisMonth().thisMonth()));
        assertThat(card.lastMonth.getText()).contains("by the same day of", "in the whole month");
        assertThat(card.change.getClassNames()).containsAnyOf("change-up", "change-down", "change-none");
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void coverageTableShowsEachGroupWithItsNotReachedStatesAndFollowsThePeriod() {
        meetingWithFollowUps();
        open();
        CoverageCard card = card(CoverageCard.class);
        Coverage expected = dashboard.coverage(CoverageWindow.DAYS_90);

        List<NativeTableRow> rows = card.table.getBody().getRows();
        assertThat(rows).hasSize(5);
        assertThat(cells(rows.getFirst()).getFirst()).isEqualTo("African States");
        for (int i = 0; i < rows.size(); i++) {
            GroupCoverage group = expected.groups().get(i);
            assertThat(cells(rows.get(i)).subList(1, 3)).containsExactly(String.valueOf(group.stateParties()),
                    String.valueOf(group.reached()));
        }
        // Kenya was just met: reached, so not among the African States not reached
        GroupCoverage african = expected.groups().getFirst();
        assertThat(african.notReached()).extracting(CountryRow::code).doesNotContain("KE");
        GroupCoverage withSomeNotReached = expected.groups().stream().filter(group -> !group.notReached().isEmpty())
                .findFirst().orElseThrow();
        Details details = $(Details.class).from(rows.get(expected.groups().indexOf(withSomeNotReached))).single();
        test(details).openDetails();
        assertThat($(Anchor.class).from(details).all()).extracting(Anchor::getHref).containsExactlyInAnyOrderElementsOf(
                withSomeNotReached.notReached().stream().map(country -> "countries/" + country.code()).toList());
        assertThat(cells(card.table.getFoot().getRows().getFirst()).getFirst()).isEqualTo("All groups");

        test(card.window).selectItem("365 days");

        Coverage year = dashboard.coverage(CoverageWindow.DAYS_365);
        assertThat(cells(card.table.getFoot().getRows().getFirst()).get(2))
                .isEqualTo(String.valueOf(year.groups().stream().mapToInt(GroupCoverage::reached).sum()));
        assertThat(card.period.getText()).startsWith("State Parties with at least one engagement from");
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void goingColdListsKeyPeopleAndFollowsTheNumberOfDays() {
        long me = users.ensure(OFFICER, Role.OFFICER).id();
        ContactDetails quiet = contacts.create(new ContactDraft(null, "Quiet", "Person " + UUID.randomUUID(), null,
                StakeholderCategory.ICC_OFFICIAL, null, null, Set.of(), List.of(), List.of(), me, 5, Stance.UNKNOWN,
                Sensitivity.NORMAL, null, null, Set.of()), null);
        ContactDetails met = meetingWithFollowUps();
        open();
        GoingColdCard card = card(GoingColdCard.class);

        assertThat(card.days.getValue()).isEqualTo(90);
        assertThat(card.count.getText()).isEqualTo(String.valueOf(dashboard.countGoingCold(90)));
        List<Long> shown = IntStream.range(0, test(card.grid).size())
                .mapToObj(row -> test(card.grid).getRow(row).contact().id()).toList();
        assertThat(shown).contains(quiet.id()).doesNotContain(met.id());
        int quietRow = shown.indexOf(quiet.id());
        assertThat(test(card.grid).getCellText(quietRow, 5)).isEqualTo("Never");
        assertThat($(Anchor.class).from(test(card.grid).getCellComponent(quietRow, "name")).single().getHref())
                .isEqualTo("contacts/" + quiet.id());

        test(card.days).setValue(30);

        assertThat(card.shownDays()).isEqualTo(30);
        assertThat(card.count.getText()).isEqualTo(String.valueOf(dashboard.countGoingCold(30)));
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void engagementsPerMonthShowTwelveMonthsByCampaignOrByType() {
        meetingWithFollowUps();
        open();
        MonthlyCard card = card(MonthlyCard.class);

        List<String> head = cells(card.table.getHead().getRows().getFirst());
        assertThat(head).hasSize(14).startsWith("Campaign").endsWith("Total");
        assertThat(card.table.getBody().getRows()).extracting(row -> cells(row).getFirst()).contains("No campaign");

        test(card.breakdown).selectItem("By type");

        assertThat(cells(card.table.getHead().getRows().getFirst()).getFirst()).isEqualTo("Type");
        NativeTableRow meetings = card.table.getBody().getRows().stream()
                .filter(row -> cells(row).getFirst().equals("Meeting")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(cells(meetings).get(12).replace(",", ""))).isPositive();
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void anOfficerDoesNotSeeTheColleaguesOverdueFollowUps() {
        open();

        assertThat($(OverdueByOfficerCard.class).exists()).isFalse();
    }

    @Test
    @WithStaff(username = "dash.view.manager", role = Role.MANAGER)
    void aManagerSeesEachColleaguesOverdueFollowUps() {
        users.as(OFFICER, Role.OFFICER, () -> meetingWithFollowUps(-3, -1));
        open();
        OverdueByOfficerCard card = card(OverdueByOfficerCard.class);

        List<String> officers = IntStream.range(0, test(card.grid).size())
                .mapToObj(row -> test(card.grid).getCellText(row, 0)).toList();
        assertThat(officers).contains("Dash view officer");
        assertThat(card.grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Colleague", "Overdue", "Oldest due date");
    }

    @Test
    @WithStaff(username = "dash.view.viewer", role = Role.VIEWER)
    void aViewerHasNoFollowUpsToChaseButSeesTheFigures() {
        open();

        assertThat($(FollowUpsCard.class).exists()).isFalse();
        assertThat($(CoverageCard.class).exists()).isTrue();
        assertThat($(OverdueByOfficerCard.class).exists()).isFalse();
    }

    @Test
    @WithStaff(username = OFFICER, role = Role.OFFICER)
    void labelsAreInFrenchForAFrenchSpeaker() {
        UI.getCurrent().navigate("account");
        UI.getCurrent().setLocale(Locale.FRENCH);
        DashboardView view = open();

        assertThat(view.getPageTitle()).isEqualTo("Tableau de bord");
        assertThat($(DashboardCard.class).all()).extracting(card -> card.title.getText())
                .contains("Couverture des États parties", "Échanges par mois");
        assertThat(cells(card(CoverageCard.class).table.getBody().getRows().getFirst()).getFirst())
                .isEqualTo("États d’Afrique");
    }
}
