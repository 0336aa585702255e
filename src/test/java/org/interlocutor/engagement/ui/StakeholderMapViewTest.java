package org.interlocutor.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.StakeholderPoint;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.ui.ChartPanel;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign's stakeholder map on screen: its people, the quick change of today's positions, earlier days. */
@ViewTest
@WithStaff(username = StakeholderMapViewTest.ME, role = Role.OFFICER)
class StakeholderMapViewTest extends SpringBrowserlessTest {

    static final String ME = "mapview.officer";

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    PageSections sections;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    Fixtures data;
    String token;
    long campaign;

    @BeforeEach
    void setUp() {
        data = new Fixtures(contacts, engagements, users, jdbc);
        token = Fixtures.token();
        campaign = data.campaign("Field presence " + token);
    }

    private ContactDetails person(String familyName, @Nullable Integer influence, Stance stance) {
        ContactDetails created = data.contact(ME, ContactDraft.of("Amina", familyName + " " + token,
                StakeholderCategory.ICC_OFFICIAL).withPosition(influence, stance), null);
        jdbc.sql("update contact set created_at = ? where id = ?").param(Instant.parse("2020-01-01T08:00:00Z"))
                .param(created.id()).update();
        return created;
    }

    private void metInCampaign(String day, ContactDetails... people) {
        data.log(ME, Fixtures.meeting("Meeting " + token, Instant.parse(day + "T09:30:00Z")).with(people)
                .campaign(campaign));
    }

    private StakeholderMapView open() {
        return navigate(StakeholderMapView.class, Map.of("id", String.valueOf(campaign)));
    }

    private static List<String> names(StakeholderGrid grid) {
        return IntStream.range(0, grid.points().size()).mapToObj(row -> grid.points().get(row).displayName())
                .toList();
    }

    private int rowOf(StakeholderGrid grid, ContactDetails person) {
        return IntStream.range(0, test(grid).size()).filter(row -> test(grid).getRow(row).contactId() == person.id())
                .findFirst().orElseThrow();
    }

    private Component cell(StakeholderGrid grid, ContactDetails person, String column) {
        return test(grid).getCellComponent(rowOf(grid, person), column);
    }

    @Test
    void theCampaignPageLeadsToTheMap() {
        List<Component> onCampaignPage = sections.create(PageSection.Page.CAMPAIGN, String.valueOf(campaign));

        assertThat(onCampaignPage).filteredOn(StakeholderMapLink.Bar.class::isInstance).singleElement()
                .satisfies(bar -> assertThat(bar.getChildren().filter(Anchor.class::isInstance)
                        .map(anchor -> ((Anchor) anchor).getHref())).containsExactly("campaigns/" + campaign + "/map"));
    }

    @Test
    void theGridsShowThePeoplePlacedMostInfluentialFirstAndThoseNotPlaced() {
        ContactDetails key = person("Key", 5, Stance.SUPPORTIVE);
        ContactDetails minor = person("Minor", 2, Stance.OPPOSED);
        ContactDetails unplaced = person("Unplaced", null, Stance.UNKNOWN);
        metInCampaign("2021-03-01", key, minor, unplaced);

        StakeholderMapView view = open();

        assertThat(view.getPageTitle()).isEqualTo("Stakeholder map – Field presence " + token);
        assertThat(names(view.placed)).containsExactly(key.displayName(), minor.displayName());
        assertThat(test(view.placed).getRow(0).influence()).isEqualTo(5);
        assertThat(cell(view.placed, key, "name")).isInstanceOf(Anchor.class)
                .extracting(anchor -> ((Anchor) anchor).getHref()).isEqualTo("contacts/" + key.id());
        assertThat(names(view.notPlaced)).containsExactly(unplaced.displayName());
        assertThat(view.summary.getText()).isEqualTo("2 placed on the map, 1 not placed yet.");
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(view.asOf.getValue()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(cell(view.placed, minor, "recency").getElement().getTextRecursively())
                .startsWith("Longer ago or never");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuickChangeInTheGridIsRecordedAndTheMapIsReadAgain() {
        ContactDetails amina = person("Quick", 2, Stance.NEUTRAL);
        ContactDetails omar = person("Unplaced", null, Stance.UNKNOWN);
        metInCampaign("2021-03-01", amina, omar);
        StakeholderMapView view = open();

        test((Select<Stance>) cell(view.placed, amina, "stance")).selectItem("Supportive");

        assertThat(contacts.find(amina.id()).orElseThrow().draft().stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat(contacts.positionHistory(amina.id(), org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement().satisfies(change -> {
                    assertThat(change.stanceBefore()).isEqualTo(Stance.NEUTRAL);
                    assertThat(change.stanceAfter()).isEqualTo(Stance.SUPPORTIVE);
                });
        assertThat(test(view.placed).getRow(rowOf(view.placed, amina)).stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("Position of " + amina.displayName() + " changed and recorded.");

        test((Select<Integer>) cell(view.notPlaced, omar, "influence")).selectItem("4 – high");

        assertThat(names(view.placed)).as("placed: moved to the map")
                .containsExactly(omar.displayName(), amina.displayName());
        assertThat(view.notPlaced.points()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeFromAStaleRowIsRefusedAndTheMapShowsTheCurrentPosition() {
        ContactDetails amina = person("Stale", 2, Stance.NEUTRAL);
        metInCampaign("2021-03-01", amina);
        StakeholderMapView view = open();
        users.runAs("mapview.colleague", Role.OFFICER,
                () -> contacts.changePosition(amina.id(), amina.version(), 3, Stance.OPPOSED));

        test((Select<Integer>) cell(view.placed, amina, "influence")).selectItem("5 – decisive");

        assertThat(contacts.find(amina.id()).orElseThrow().draft().influence()).isEqualTo(3);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .startsWith("Someone else saved this record");
        assertThat(test(view.placed).getRow(0)).extracting(StakeholderPoint::influence, StakeholderPoint::stance)
                .containsExactly(3, Stance.OPPOSED);
    }

    @Test
    void anEarlierDayShowsThePositionsOfThatDayAndOnlyReads() {
        ContactDetails amina = person("Earlier", 2, Stance.OPPOSED);
        contacts.changePosition(amina.id(), amina.version(), 5, Stance.SUPPORTIVE);
        jdbc.sql("update contact_position_change set changed_at = ? where contact_id = ?")
                .param(Instant.parse("2022-06-15T12:00:00Z")).param(amina.id()).update();
        metInCampaign("2021-03-01", amina);
        StakeholderMapView view = open();
        assertThat(cell(view.placed, amina, "influence")).as("today: changed in place").isInstanceOf(Select.class);

        test(view.asOf).setValue(LocalDate.of(2021, 6, 1));

        StakeholderMapView earlier = (StakeholderMapView) getCurrentView();
        assertThat(earlier.placed.points()).singleElement()
                .extracting(StakeholderPoint::influence, StakeholderPoint::stance).containsExactly(2, Stance.OPPOSED);
        assertThat(cell(earlier.placed, amina, "influence")).isInstanceOf(Span.class)
                .extracting(span -> ((Span) span).getText()).isEqualTo("2 – limited");
        assertThat(cell(earlier.placed, amina, "stance")).isInstanceOf(Span.class)
                .extracting(span -> ((Span) span).getText()).isEqualTo("Opposed");
        assertThat(earlier.notice.isVisible()).isTrue();
        assertThat(earlier.notice.getElement().getTextRecursively())
                .startsWith("The map as it stood at the end of Jun 1, 2021.");
        assertThat(earlier.asOf.getValue()).isEqualTo(LocalDate.of(2021, 6, 1));

        test(earlier.asOf).setValue(LocalDate.of(2021, 2, 1));

        assertThat(((StakeholderMapView) getCurrentView()).summary.getText())
                .startsWith("Nobody you may see had been engaged in this campaign by");
    }

    @Test
    void viewersReadTodaysMapWithoutChangingIt() {
        ContactDetails amina = person("Read", 4, Stance.NEUTRAL);
        metInCampaign("2021-03-01", amina);

        StakeholderMapView view = users.as("mapview.viewer", Role.VIEWER, this::open);

        assertThat(cell(view.placed, amina, "influence")).isInstanceOf(Span.class);
        assertThat(cell(view.placed, amina, "stance")).isInstanceOf(Span.class);
    }

    /** The SVG the map's chart panel shows. */
    private static String chartSvg(StakeholderMapView view) {
        ChartPanel panel = (ChartPanel) view.chartSlot.getChildren().filter(ChartPanel.class::isInstance)
                .findFirst().orElseThrow();
        return panel.getElement().getChild(0).getProperty("innerHTML");
    }

    private static long pointsIn(String svg) {
        return Pattern.compile("<a href=\"contacts/\\d+\" data-route=").matcher(svg).results().count();
    }

    @Test
    void theChartHasAPointPerPlacedPersonLinkingToTheirPageAndNoneForAHiddenOne() {
        ContactDetails key = person("Key", 5, Stance.SUPPORTIVE);
        ContactDetails minor = person("Minor", 2, Stance.OPPOSED);
        ContactDetails unplaced = person("Unplaced", null, Stance.UNKNOWN);
        metInCampaign("2021-03-01", key, minor, unplaced);
        String colleague = "mapview.secretive";
        ContactDetails hidden = data.contact(colleague, ContactDraft.of("Hidden", "Secret " + token,
                StakeholderCategory.ICC_OFFICIAL).withPosition(4, Stance.NEUTRAL)
                .withSensitivity(Sensitivity.CONFIDENTIAL, data.user(colleague)), null);
        data.log(colleague, Fixtures.meeting("Quiet meeting " + token, Instant.parse("2021-03-02T09:30:00Z"))
                .with(hidden).campaign(campaign));

        StakeholderMapView view = open();

        String svg = chartSvg(view);
        assertThat(view.chartSlot.isVisible()).isTrue();
        assertThat(pointsIn(svg)).isEqualTo(2);
        assertThat(svg).contains("href=\"contacts/" + key.id() + "\"", "href=\"contacts/" + minor.id() + "\"")
                .doesNotContain("contacts/" + hidden.id() + "\"", "Secret " + token,
                        "contacts/" + unplaced.id() + "\"")
                .contains("<title id=\"", "Influence and stance on ", "Opposed", "Supportive", "5 – decisive",
                        "Longer ago or never");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartIsDrawnAgainWhenAPositionIsChangedQuickly() {
        ContactDetails amina = person("Quick", 2, Stance.NEUTRAL);
        ContactDetails omar = person("Unplaced", null, Stance.UNKNOWN);
        metInCampaign("2021-03-01", amina, omar);
        StakeholderMapView view = open();
        assertThat(pointsIn(chartSvg(view))).isEqualTo(1);

        test((Select<Integer>) cell(view.notPlaced, omar, "influence")).selectItem("4 – high");

        assertThat(pointsIn(chartSvg(view))).isEqualTo(2);
        assertThat(chartSvg(view)).contains("href=\"contacts/" + omar.id() + "\"");
    }

    @Test
    void theChartShowsTheChosenDaysMapAndNoneWhenNobodyIsPlaced() {
        ContactDetails amina = person("Earlier", 2, Stance.OPPOSED);
        metInCampaign("2021-03-01", amina);
        StakeholderMapView view = open();
        assertThat(pointsIn(chartSvg(view))).isEqualTo(1);

        test(view.asOf).setValue(LocalDate.of(2021, 2, 1));

        StakeholderMapView before = (StakeholderMapView) getCurrentView();
        assertThat(before.chartSlot.isVisible()).isFalse();
        assertThat($(ChartPanel.class).all()).isEmpty();
    }
}
