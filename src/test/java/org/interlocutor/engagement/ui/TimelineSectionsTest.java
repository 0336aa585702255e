package org.interlocutor.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpRow;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.PageSection;
import org.interlocutor.shared.ui.PageSections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engagement histories and follow-ups that record pages show, and what they leave out. */
@ViewTest
@WithStaff(username = TimelineSectionsTest.ME, role = Role.OFFICER)
class TimelineSectionsTest extends SpringBrowserlessTest {

    static final String ME = "timelines.officer";
    static final String OTHER = "timelines.other";

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    OrganizationService organizations;
    @Autowired
    PageSections sections;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    Fixtures data;

    @BeforeEach
    void setUp() {
        data = new Fixtures(contacts, engagements, users, jdbc);
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T09:30:00Z");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row)).toList();
    }

    private List<String> titles(EngagementTimeline timeline) {
        return rows(timeline.grid).stream().map(EngagementRow::title).toList();
    }

    private EngagementTimeline timeline() {
        return $(EngagementTimeline.class).single();
    }

    private void open(String route) {
        UI.getCurrent().navigate(route);
    }

    private OrganizationRow organization(String as, String name) {
        return users.as(as, Role.OFFICER, () -> organizations.create(new OrganizationDraft(name, null,
                OrganizationKind.NGO, "FR", null, null, null)));
    }

    /** The campaign page lives on the campaign branch: its sections, shown on a page of their own here. */
    private void openCampaignSections(long campaignId) {
        open(AppRoutes.ENGAGEMENTS);
        HasComponents page = (HasComponents) getCurrentView();
        page.removeAll();
        sections.create(PageSection.Page.CAMPAIGN, String.valueOf(campaignId)).forEach(page::add);
    }

    @Test
    void aContactsPageShowsTheirEngagementsNewestFirstAndTheirFollowUpsOpenOnesFirst() {
        String token = Fixtures.token();
        long me = data.user(ME);
        ContactDetails person = data.contact(ME, "Amina", token, StakeholderCategory.ICC_OFFICIAL, null);
        ContactDetails someoneElse = data.contact(ME, "Other", token, StakeholderCategory.ICC_OFFICIAL, null);
        data.log(ME, Fixtures.meeting("First contact " + token, at("2020-01-15")).with(person));
        data.log(ME, Fixtures.meeting("Latest briefing " + token, at("2024-06-03")).with(person, someoneElse)
                .notes("Discussed the field office budget.").outcome("She will raise it with the Registrar.")
                .followUp("Send the budget note", me, today().plusDays(5), person)
                .followUp("Call her back", me, today().minusDays(2), person)
                .followUp("Thank the other one", me, today(), someoneElse));
        data.log(ME, Fixtures.meeting("Middle lunch " + token, at("2022-02-01")).with(person));
        data.log(ME, Fixtures.meeting("Not hers " + token, at("2025-01-01")).with(someoneElse));

        open(AppRoutes.contact(person.id()));

        assertThat(titles(timeline())).containsExactly("Latest briefing " + token, "Middle lunch " + token,
                "First contact " + token);
        Component card = test(timeline().grid).getCellComponent(0, "engagement");
        assertThat(card.getElement().getTextRecursively()).contains("Meeting", "Amina " + token,
                "Other " + token, "Discussed the field office budget.", "She will raise it with the Registrar.");
        assertThat($(Anchor.class).from(card).withText("Amina " + token).single().getHref())
                .isEqualTo(AppRoutes.contact(person.id()));
        FollowUpGrid followUps = $(FollowUpGrid.class).withClassName("contact-follow-ups").single();
        assertThat(rows(followUps).stream().map(FollowUpRow::description))
                .containsExactly("Call her back", "Send the budget note");
        assertThat(test(followUps).getCellComponent(0, "due").getElement().getTextRecursively())
                .contains("2 days late");
    }

    @Test
    void aContactWithoutHistorySaysSoAndHasNoFollowUpCard() {
        ContactDetails person = data.contact(ME, "New", Fixtures.token(), StakeholderCategory.MEDIA, null);

        open(AppRoutes.contact(person.id()));

        assertThat(timeline().grid.isVisible()).isFalse();
        assertThat($(Paragraph.class).from(timeline()).single().getText())
                .isEqualTo("No engagement with this person yet.");
        assertThat($(Section.class).withClassName("contact-follow-ups-card").exists()).isFalse();
    }

    @Test
    void aLongHistoryIsReadPageByPageAsThePersonScrolls() {
        String token = Fixtures.token();
        ContactDetails person = data.contact(ME, "Busy", token, StakeholderCategory.CIVIL_SOCIETY, null);
        int count = EngagementTimeline.SHORT + 3;
        for (int i = 0; i < count; i++) {
            data.log(ME, Fixtures.meeting("Meeting " + i + " " + token,
                    at("2023-01-01").plus(i, ChronoUnit.DAYS)).with(person));
        }

        open(AppRoutes.contact(person.id()));

        assertThat(timeline().grid.isAllRowsVisible()).isFalse();
        assertThat(titles(timeline())).hasSize(count).first().isEqualTo("Meeting " + (count - 1) + " " + token);
    }

    @Test
    void anOrganisationsPageShowsItsOwnEngagementsAndThoseOfItsMembers() {
        String token = Fixtures.token();
        OrganizationRow organization = organization(ME, "Coalition " + token);
        ContactDetails member = data.contact(ME, ContactDraft.of("Member", token, StakeholderCategory.CIVIL_SOCIETY),
                new AffiliationDraft(organization.id(), "Director", null, null, true));
        ContactDetails outsider = data.contact(ME, "Outsider", token, StakeholderCategory.CIVIL_SOCIETY, null);
        data.log(ME, Fixtures.meeting("Met the member " + token, at("2024-02-01")).with(member));
        data.log(ME, Fixtures.meeting("Letter to the coalition " + token, at("2024-03-01")).with(outsider)
                .organization(organization.id()));
        data.log(ME, Fixtures.meeting("Unrelated " + token, at("2024-04-01")).with(outsider));

        open(AppRoutes.organization(organization.id()));

        assertThat(titles(timeline())).containsExactly("Letter to the coalition " + token,
                "Met the member " + token);
    }

    @Test
    void aCountrysPageShowsTheEngagementsWithItsPeopleAndLinksToTheFilteredList() {
        String token = Fixtures.token();
        ContactDetails nauruan = data.contact(ME, "Nauruan", token, StakeholderCategory.STATE_PARTY_REPRESENTATIVE,
                "NR");
        data.log(ME, Fixtures.meeting("Talk with Nauru " + token, at("2024-05-05")).with(nauruan));

        open(AppRoutes.country("NR"));

        assertThat(titles(timeline())).contains("Talk with Nauru " + token);
        assertThat($(Anchor.class).withClassName("open-list").all().stream().map(Anchor::getHref))
                .contains("engagements?country=NR");
    }

    @Test
    void aCampaignsPageShowsItsEngagementsFollowUpsAndThePeopleItReached() {
        String token = Fixtures.token();
        long me = data.user(ME);
        long campaignId = data.campaign("Rights of the child " + token);
        ContactDetails judge = data.contact(ME, "Judge", token, StakeholderCategory.ICC_OFFICIAL, null);
        ContactDetails envoy = data.contact(ME, "Envoy", token, StakeholderCategory.INTERGOVERNMENTAL, null);
        data.log(ME, Fixtures.meeting("Side event " + token, at("2024-09-01")).with(judge, envoy).campaign(campaignId)
                .followUp("Share the statement", me, today().plusDays(20), judge));
        data.log(ME, Fixtures.meeting("Outside the campaign " + token, at("2024-10-01")).with(judge));

        openCampaignSections(campaignId);

        assertThat(titles(timeline())).containsExactly("Side event " + token);
        FollowUpGrid followUps = $(FollowUpGrid.class).withClassName("campaign-follow-ups").single();
        assertThat(rows(followUps).stream().map(FollowUpRow::description)).containsExactly("Share the statement");
        @SuppressWarnings("unchecked")
        Grid<ContactRow> people = $(Grid.class).withClassName("campaign-contacts").single();
        assertThat(rows(people).stream().map(ContactRow::displayName))
                .containsExactlyInAnyOrder("Judge " + token, "Envoy " + token);
    }

    @Test
    void anEngagementWithAConfidentialParticipantIsAbsentFromEveryRecordPage() {
        String token = Fixtures.token();
        long other = data.user(OTHER);
        OrganizationRow organization = organization(OTHER, "Network " + token);
        long campaignId = data.campaign("Completion strategy " + token);
        ContactDetails secret = data.confidential(OTHER, "Hidden", token);
        ContactDetails known = data.contact(OTHER, ContactDraft.of("Known", token,
                        StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withCountry("TV"),
                new AffiliationDraft(organization.id(), null, null, null, true));
        data.log(OTHER, Fixtures.meeting("Confidential meeting " + token, at("2024-07-02")).with(secret, known)
                .campaign(campaignId).followUp("Protect the source", other, today().plusDays(3), known));
        data.log(OTHER, Fixtures.meeting("Open meeting " + token, at("2024-07-01")).with(known)
                .campaign(campaignId));

        open(AppRoutes.contact(known.id()));
        assertThat(titles(timeline())).containsExactly("Open meeting " + token);
        assertThat($(Section.class).withClassName("contact-follow-ups-card").exists()).isFalse();

        open(AppRoutes.organization(organization.id()));
        assertThat(titles(timeline())).containsExactly("Open meeting " + token);

        open(AppRoutes.country("TV"));
        assertThat(titles(timeline())).contains("Open meeting " + token)
                .doesNotContain("Confidential meeting " + token);

        openCampaignSections(campaignId);
        assertThat(titles(timeline())).containsExactly("Open meeting " + token);
        assertThat($(FollowUpGrid.class).withClassName("campaign-follow-ups").exists()).isFalse();
        assertThat($(Paragraph.class).withText("No follow-up agreed in this campaign’s engagements yet.").exists())
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<ContactRow> people = $(Grid.class).withClassName("campaign-contacts").single();
        assertThat(rows(people).stream().map(ContactRow::displayName)).containsExactly("Known " + token);
    }

    @Test
    void aConfidentialParticipantIsLeftOutOfAnEngagementTheOfficerAttended() {
        String token = Fixtures.token();
        long me = data.user(ME);
        ContactDetails secret = data.confidential(OTHER, "Hidden", token);
        ContactDetails known = data.contact(OTHER, "Known", token, StakeholderCategory.CIVIL_SOCIETY, null);
        data.log(OTHER, Fixtures.meeting("Joint meeting " + token, at("2024-08-08")).with(secret, known).staff(me));

        open(AppRoutes.contact(known.id()));

        assertThat(titles(timeline())).containsExactly("Joint meeting " + token);
        String card = test(timeline().grid).getCellComponent(0, "engagement").getElement().getTextRecursively();
        assertThat(card).contains("Known " + token).doesNotContain("Hidden");
    }
}
