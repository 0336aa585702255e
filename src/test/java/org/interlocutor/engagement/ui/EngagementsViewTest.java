package org.interlocutor.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.CountryService;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.Role;
import org.interlocutor.security.StaffDirectory;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ViewTest
@WithStaff(username = EngagementsViewTest.ME, role = Role.OFFICER)
class EngagementsViewTest extends SpringBrowserlessTest {

    static final String ME = "engagements.list.officer";
    static final String OTHER = "engagements.list.other";

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CountryService countries;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    Fixtures data;

    @BeforeEach
    void setUp() {
        data = new Fixtures(contacts, engagements, users, jdbc);
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    private List<String> titles(Grid<EngagementRow> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row).title()).toList();
    }

    private EngagementsView open(String query) {
        UI.getCurrent().navigate("engagements", QueryParameters.fromString(query));
        return (EngagementsView) getCurrentView();
    }

    /** Three engagements that share a word and differ in everything the list filters by. */
    private record Scenario(String token, long campaignId, long colleagueId, String africa, String iceland,
                            String fiji) {
    }

    private Scenario scenario() {
        String token = Fixtures.token();
        long campaignId = data.campaign("Field presence " + token);
        long colleagueId = data.user("engagements.list.colleague");
        ContactDetails defender = data.contact(ME, "Awa", token, StakeholderCategory.HUMAN_RIGHTS_DEFENDER, "SN");
        ContactDetails diplomat = data.contact(ME, "Jon", token, StakeholderCategory.STATE_PARTY_REPRESENTATIVE,
                "IS");
        ContactDetails scholar = data.contact(ME, "Mere", token, StakeholderCategory.ACADEMIA, "FJ");
        data.log(ME, Fixtures.meeting("Call with defenders " + token, at("2021-03-10")).kind(EngagementKind.CALL)
                .with(defender).staff(colleagueId).campaign(campaignId));
        data.log(ME, Fixtures.meeting("Meeting at the mission " + token, at("2021-03-20")).with(diplomat));
        data.log(ME, Fixtures.meeting("Seminar in Suva " + token, at("2021-04-05")).with(scholar));
        return new Scenario(token, campaignId, colleagueId, "Call with defenders " + token,
                "Meeting at the mission " + token, "Seminar in Suva " + token);
    }

    @Test
    void freeTextFindsWordsOfTitlesAndNotesNewestFirst() {
        String token = Fixtures.token();
        ContactDetails person = data.contact(ME, "Lina", Fixtures.token(), StakeholderCategory.CIVIL_SOCIETY, null);
        data.log(ME, Fixtures.meeting("Older briefing " + token, at("2022-01-10")).with(person));
        data.log(ME, Fixtures.meeting("Newer lunch", at("2022-02-10")).with(person)
                .notes("We discussed the " + token + " follow-up."));
        data.log(ME, Fixtures.meeting("Unrelated " + Fixtures.token(), at("2022-03-10")).with(person));
        EngagementsView view = open("");

        test(view.filterBar.text).setValue(token);

        assertThat(titles(view.grid)).containsExactly("Newer lunch", "Older briefing " + token);
    }

    @Test
    void eachFilterNarrowsTheList() {
        Scenario s = scenario();
        EngagementsView view = open("");
        EngagementFilterBar bar = view.filterBar;
        test(bar.text).setValue(s.token());
        assertThat(titles(view.grid)).containsExactly(s.fiji(), s.iceland(), s.africa());

        test(bar.kind).selectItem("Call");
        assertThat(titles(view.grid)).containsExactly(s.africa());
        bar.kind.clear();

        bar.from.setValue(LocalDate.of(2021, 3, 15));
        bar.to.setValue(LocalDate.of(2021, 3, 20));
        assertThat(titles(view.grid)).as("the last day is included").containsExactly(s.iceland());
        bar.from.clear();
        bar.to.clear();

        bar.campaign.setValue(campaigns.byIds(Set.of(s.campaignId())).get(s.campaignId()));
        assertThat(titles(view.grid)).containsExactly(s.africa());
        bar.campaign.clear();

        bar.staffMember.setValue(staff.find(s.colleagueId()).orElseThrow());
        assertThat(titles(view.grid)).containsExactly(s.africa());
        bar.staffMember.clear();

        test(bar.category).selectItem("State Party representative");
        assertThat(titles(view.grid)).containsExactly(s.iceland());
        bar.category.clear();

        bar.country.setValue(countries.find("FJ").orElseThrow());
        assertThat(titles(view.grid)).containsExactly(s.fiji());
        bar.country.clear();

        bar.regionalGroup.setValue(RegionalGroup.AFRICAN);
        assertThat(titles(view.grid)).containsExactly(s.africa());
        bar.regionalGroup.clear();

        assertThat(titles(view.grid)).containsExactly(s.fiji(), s.iceland(), s.africa());
    }

    @Test
    void everyFilterComesBackFromTheAddressSoThatAListCanBeBookmarked() {
        Scenario s = scenario();
        String address = "q=" + s.token() + "&from=2021-03-01&to=2021-03-10&kind=CALL&campaign=" + s.campaignId()
                + "&staff=" + s.colleagueId() + "&cat=HUMAN_RIGHTS_DEFENDER&country=SN&group=AFRICAN";

        EngagementsView view = open(address);

        EngagementFilterBar bar = view.filterBar;
        assertThat(bar.text.getValue()).isEqualTo(s.token());
        assertThat(bar.kind.getValue()).isEqualTo(EngagementKind.CALL);
        assertThat(bar.from.getValue()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(bar.to.getValue()).isEqualTo(LocalDate.of(2021, 3, 10));
        assertThat(bar.campaign.getValue().id()).isEqualTo(s.campaignId());
        assertThat(bar.staffMember.getValue().id()).isEqualTo(s.colleagueId());
        assertThat(bar.category.getValue()).isEqualTo(StakeholderCategory.HUMAN_RIGHTS_DEFENDER);
        assertThat(bar.country.getValue().code()).isEqualTo("SN");
        assertThat(bar.regionalGroup.getValue()).isEqualTo(RegionalGroup.AFRICAN);
        assertThat(titles(view.grid)).containsExactly(s.africa());
        assertThat(bar.query().queryString()).isEqualTo(address);
    }

    @Test
    void whatIsSetInTheBarIsWhatTheAddressReopens() {
        Scenario s = scenario();
        EngagementsView view = open("");
        test(view.filterBar.text).setValue(s.token());
        view.filterBar.country.setValue(countries.find("IS").orElseThrow());
        view.filterBar.to.setValue(LocalDate.of(2021, 12, 31));
        String address = view.filterBar.query().queryString();

        open(address);

        EngagementsView reopened = (EngagementsView) getCurrentView();
        assertThat(reopened.filterBar.country.getValue().code()).isEqualTo("IS");
        assertThat(reopened.filterBar.to.getValue()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(titles(reopened.grid)).containsExactly(s.iceland());
    }

    @Test
    void anEngagementWithAConfidentialParticipantIsAbsentForAnOfficerWithoutAccess() {
        String token = Fixtures.token();
        ContactDetails secret = data.confidential(OTHER, "Hidden", token);
        ContactDetails known = data.contact(OTHER, "Known", token, StakeholderCategory.CIVIL_SOCIETY, "SN");
        data.log(OTHER, Fixtures.meeting("Confidential meeting " + token, at("2023-05-02")).with(secret, known));
        data.log(OTHER, Fixtures.meeting("Open meeting " + token, at("2023-05-01")).with(known));
        EngagementsView view = open("q=" + token);

        assertThat(titles(view.grid)).containsExactly("Open meeting " + token);

        view = open("q=" + token + "&cat=HUMAN_RIGHTS_DEFENDER");
        assertThat(titles(view.grid)).isEmpty();
    }
}
