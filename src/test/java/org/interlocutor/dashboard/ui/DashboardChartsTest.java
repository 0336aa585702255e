package org.interlocutor.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.interlocutor.ViewTest;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryService;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.dashboard.DashboardsOn;
import org.interlocutor.dashboard.MonthlyBreakdown;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.chart.BarChart;
import org.interlocutor.shared.chart.Series;
import org.interlocutor.shared.ui.ChartPanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's charts on screen: drawn from the figures the reader may see, with the tables kept beside them. */
@ViewTest
@WithStaff(username = DashboardChartsTest.READER, role = Role.OFFICER)
class DashboardChartsTest extends SpringBrowserlessTest {

    static final String READER = "dash.charts.reader";
    static final String OWNER = "dash.charts.owner";

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
    TestUsers users;

    /** A bar of a stacked chart: its tooltip (category, series and value), then its rectangle. */
    private static final Pattern BAR = Pattern.compile("<title>[^<]*: [0-9]+</title><rect ");

    private static String svg(ChartPanel panel) {
        return panel.getElement().getChild(0).getProperty("innerHTML");
    }

    /** A day in a far year no other test uses, so that the card counts only this test's engagements. */
    private static LocalDate freeDay() {
        return LocalDate.of(9000 + ThreadLocalRandom.current().nextInt(900) * 10, 3, 15);
    }

    private ContactDetails person(String family, Sensitivity sensitivity) {
        long owner = users.ensure(OWNER, Role.OFFICER).id();
        return users.as(OWNER, Role.OFFICER, () -> contacts.create(ContactDraft.of("Alex", family,
                StakeholderCategory.ICC_OFFICIAL).withSensitivity(sensitivity, owner), null));
    }

    private void log(EngagementKind kind, Instant at, ContactDetails with) {
        long owner = users.ensure(OWNER, Role.OFFICER).id();
        users.as(OWNER, Role.OFFICER, () -> engagements.create(new EngagementDraft(kind, at, null, null,
                "Charted " + kind, null, null, Set.of(with.id()), Set.of(), Set.of(owner), Set.of(),
                Sensitivity.NORMAL, List.of())));
    }

    @Test
    void theDashboardShowsTheMonthlyAndTheCoverageChartsWithTheirTitles() {
        navigate(DashboardView.class);

        List<ChartPanel> panels = $(ChartPanel.class).all();
        assertThat(panels).extracting(panel -> panel.getChart().header().title())
                .anySatisfy(title -> assertThat(title).startsWith("State Parties reached from"))
                .contains("Engagements per month, by campaign");
        ChartPanel coverage = $(CoverageCard.class).single().chart;
        BarChart bars = (BarChart) coverage.getChart();
        assertThat(bars.horizontal()).isTrue();
        assertThat(bars.stacked()).isTrue();
        assertThat(bars.categories()).contains("African States", "Latin American and Caribbean States");
        assertThat(bars.series()).extracting(Series::name).containsExactly("Reached", "Not reached");
        long nonZero = bars.series().stream().flatMap(one -> one.values().stream()).filter(v -> v > 0).count();
        assertThat(BAR.matcher(svg(coverage)).results().count()).isEqualTo(nonZero).isGreaterThanOrEqualTo(5);
        assertThat(svg(coverage)).contains("<desc id=").contains("State Parties had at least one engagement");
        assertThat($(CoverageCard.class).single().table.isVisible()).isTrue();
    }

    @Test
    void theMonthlyChartStacksTheVisibleEngagementsOfEachMonthByType() {
        LocalDate today = freeDay();
        ContactDetails open = person("Open " + today.getYear(), Sensitivity.NORMAL);
        ContactDetails defender = person("Defender " + today.getYear(), Sensitivity.CONFIDENTIAL);
        Instant thisMonth = today.withDayOfMonth(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant lastMonth = today.minusMonths(1).withDayOfMonth(5).atTime(9, 0).toInstant(ZoneOffset.UTC);
        log(EngagementKind.MEETING, thisMonth, open);
        log(EngagementKind.MEETING, thisMonth.plusSeconds(3600), open);
        log(EngagementKind.CALL, lastMonth, open);
        // the owner's only: counted nowhere on the reader's dashboard
        log(EngagementKind.MEETING, thisMonth, defender);
        DashboardService then = DashboardsOn.day(today, countries, engagements, followUps, campaigns, contacts);

        MonthlyCard card = new MonthlyCard(then);
        UI.getCurrent().add(card);
        test(card.breakdown).selectItem("By type");

        BarChart chart = (BarChart) card.chart.getChart();
        assertThat(chart.header().title()).isEqualTo("Engagements per month, by type");
        assertThat(chart.stacked()).isTrue();
        assertThat(chart.categories()).hasSize(12).last()
                .isEqualTo(FigureLabels.shortMonth(YearMonth.from(today)));
        assertThat(chart.series()).extracting(Series::name).containsExactly("Meeting", "Call");
        assertThat(chart.series().getFirst().values().getLast()).isEqualTo(2.0);
        assertThat(chart.series().get(1).values().get(10)).isEqualTo(1.0);
        String svg = svg(card.chart);
        assertThat(BAR.matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).contains("Meeting: 2</title><rect").contains("Call: 1</title><rect")
                .contains("3 engagements in all");
        assertThat(card.table.getBody().getRows()).extracting(row -> row.getElement().getChild(0).getText())
                .containsExactly("Meeting", "Call");
        assertThat(card.tableDetails.getSummaryText()).isEqualTo("Show the figures as a table");
    }
}
