package org.interlocutor.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.ViewTest;
import org.interlocutor.campaign.CampaignDetails;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignFilter;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.ui.AppRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "campaigns.manager", role = Role.MANAGER)
class CampaignsViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CampaignService campaigns;
    @Autowired
    TestUsers testUsers;

    /** A word no other test's campaign contains, so that searching for it finds only this test's rows. */
    private static String uniqueWord(String base) {
        return base + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private CampaignDetails campaign(String name, CampaignStatus status, LocalDate startsOn, LocalDate endsOn) {
        return campaigns.create(new CampaignDraft(name, null, null, startsOn, endsOn, status));
    }

    /** Opens the list at an address with a query string, as a bookmark would. */
    private CampaignsView open(String queryString) {
        UI.getCurrent().navigate(AppRoutes.CAMPAIGNS, QueryParameters.fromString(queryString));
        return (CampaignsView) getCurrentView();
    }

    @Test
    void searchAndStatusNarrowTheList() {
        String word = uniqueWord("Zephyr");
        campaign("Field presence " + word, CampaignStatus.ACTIVE, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30));
        campaign("Outreach " + word, CampaignStatus.PLANNED, LocalDate.of(2027, 1, 1), null);
        campaign("Expert review " + word, CampaignStatus.ON_HOLD, null, null);
        CampaignsView view = navigate(CampaignsView.class);

        test(view.search).setValue(word);
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.summary.getText()).isEqualTo("3 campaigns");
        assertThat(test(view.grid).getCellText(0, 0)).as("by name").isEqualTo("Expert review " + word);
        assertThat(test(view.grid).getCellText(0, 2)).as("no dates").isEmpty();

        test(view.status).selectItem("Active", "Planned");
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Field presence " + word);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Active");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Mar 2, 2026 – Jun 30, 2026");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("From Jan 1, 2027");
        assertThat(view.summary.getText()).isEqualTo("2 campaigns");

        test(view.grid).sortByColumn("period", SortDirection.DESCENDING);
        assertThat(test(view.grid).getCellText(0, 0)).as("latest start first").isEqualTo("Outreach " + word);

        test(view.search).setValue("presence " + word.toLowerCase(Locale.ROOT));
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.search).setValue("nothing like it " + word);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.summary.getText()).isEqualTo("No campaign");
    }

    @Test
    void theFilterComesFromTheAddressAndCanBeBookmarked() {
        String word = uniqueWord("Bookmark");
        campaign("Rights of the child " + word, CampaignStatus.ACTIVE, null, null);
        campaign("Universal ratification " + word, CampaignStatus.COMPLETED, null, null);
        campaign("Arrest warrants " + word, CampaignStatus.PLANNED, null, null);

        CampaignsView view = open("q=" + word + "&status=COMPLETED&status=ACTIVE&status=NO_SUCH_STATUS");

        assertThat(view.search.getValue()).isEqualTo(word);
        assertThat(view.status.getValue()).containsExactlyInAnyOrder(CampaignStatus.ACTIVE,
                CampaignStatus.COMPLETED);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.location().getPathWithQueryParameters())
                .isEqualTo("campaigns?q=" + word + "&status=ACTIVE&status=COMPLETED");

        view.status.setValue(Set.of(CampaignStatus.PLANNED));
        assertThat(view.location().getPathWithQueryParameters())
                .isEqualTo("campaigns?q=" + word + "&status=PLANNED");
        CampaignsView reopened = open(view.location().getQueryParameters().getQueryString());
        assertThat(test(reopened.grid).size()).isEqualTo(1);
        assertThat(test(reopened.grid).getCellText(0, 0)).isEqualTo("Arrest warrants " + word);
        assertThat(open("status=PLANNED,ACTIVE").status.getValue()).as("a list written by hand")
                .containsExactlyInAnyOrder(CampaignStatus.PLANNED, CampaignStatus.ACTIVE);
    }

    @Test
    void archivedCampaignsAppearOnlyWhenAsked() {
        String word = uniqueWord("Dormant");
        CampaignDetails dormant = campaign("ASP 19 " + word, CampaignStatus.COMPLETED, null, null);
        campaigns.setArchived(dormant.id(), dormant.version(), true);
        CampaignsView view = navigate(CampaignsView.class);

        test(view.search).setValue(word);
        assertThat(test(view.grid).size()).isZero();

        test(view.showArchived).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ASP 19 " + word + "Archived");
        assertThat(view.location().getPathWithQueryParameters()).endsWith("&archived=true");
    }

    @Test
    void theNameLinksToTheCampaignAndClickingTheRowOpensIt() {
        String word = uniqueWord("Linked");
        CampaignDetails created = campaign("Completion strategies " + word, CampaignStatus.ACTIVE, null, null);
        CampaignsView view = navigate(CampaignsView.class);
        test(view.search).setValue(word);

        RouterLink link = (RouterLink) test(view.grid).getCellComponent(0, "name").getChildren().findFirst()
                .orElseThrow();
        assertThat(link.getText()).isEqualTo("Completion strategies " + word);
        assertThat(link.getHref()).isEqualTo(AppRoutes.campaign(created.id()));

        test(view.grid).clickRow(0);

        CampaignView page = (CampaignView) getCurrentView();
        assertThat(page.getPageTitle()).isEqualTo("Completion strategies " + word);
    }

    @Test
    void aManagerCreatesACampaignThroughTheDialogAndLandsOnItsPage() {
        String name = "ASP 25 (The Hague, 2026) " + uniqueWord("New");
        navigate(CampaignsView.class);

        test($(Button.class).withText("New campaign").single()).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        assertThat(dialog.status.getValue()).as("new campaigns start planned").isEqualTo(CampaignStatus.PLANNED);
        test(dialog.name).setValue(name);
        test(dialog.status).selectItem("Active");
        test(dialog.startsOn).setValue(LocalDate.of(2026, 6, 1));
        test(dialog.endsOn).setValue(LocalDate.of(2026, 12, 12));
        test(dialog.description).setValue("Our asks for the twenty-fifth session.");
        test(dialog.objectives).setValue("Meet every Bureau member\nTwo side events");
        test($(Button.class).withText("Create campaign").single()).click();

        assertThat($(CampaignDialog.class).exists()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(CampaignView.class);
        assertThat($(H2.class).withText(name).exists()).isTrue();
        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .isEqualTo(name + " has been created.");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Meet every Bureau member", "Two side events");

        CampaignRow stored = campaigns.list(new CampaignFilter(name, Set.of(), false), PageRequest.of(0, 5))
                .getContent().getFirst();
        assertThat(stored).isEqualTo(new CampaignRow(stored.id(), name, CampaignStatus.ACTIVE,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 12), false));
    }

    @Test
    void aNamelessOrBackwardsCampaignIsRefusedBesideTheFields() {
        navigate(CampaignsView.class);

        test($(Button.class).withText("New campaign").single()).click();
        CampaignDialog dialog = $(CampaignDialog.class).single();
        test(dialog.startsOn).setValue(LocalDate.of(2026, 6, 1));
        test(dialog.endsOn).setValue(LocalDate.of(2026, 5, 1));
        test($(Button.class).withText("Create campaign").single()).click();

        assertThat($(CampaignDialog.class).exists()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the campaign’s name.");
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("The end date is before the start date.");

        test(dialog.startsOn).setValue(LocalDate.of(2026, 4, 1));
        assertThat(dialog.endsOn.isInvalid()).as("moving the start settles the end").isFalse();
    }

    @Test
    @WithStaff(username = "campaigns.officer", role = Role.OFFICER)
    void anOfficerSeesTheListButCannotCreate() {
        String word = uniqueWord("Readable");
        managersCampaign("Outreach " + word);
        CampaignsView view = navigate(CampaignsView.class);

        assertThat($(Button.class).withText("New campaign").exists()).isFalse();
        test(view.search).setValue(word);
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void labelsAreInFrenchForAFrenchSpeaker() {
        String word = uniqueWord("Francais");
        campaign("Droits de l’enfant " + word, CampaignStatus.ON_HOLD, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30));
        // leave the list drawn in English at start, so that it is drawn anew in French
        navigate(AppRoutes.ACCOUNT, Component.class);
        UI.getCurrent().setLocale(Locale.FRENCH);
        CampaignsView view = navigate(CampaignsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Campagnes");
        assertThat($(Button.class).all().stream().map(Button::getText).toList()).contains("Nouvelle campagne");
        test(view.search).setValue(word);
        assertThat(test(view.grid).getHeaderCell(2)).isEqualTo("Période");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Suspendue");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Du 2 mars 2026 au 30 juin 2026");
        assertThat(view.summary.getText()).isEqualTo("1 campagne");
    }

    /** A campaign created by a manager, whoever the test is signed in as. */
    private void managersCampaign(String name) {
        testUsers.runAs("campaigns.manager", Role.MANAGER,
                () -> campaigns.create(new CampaignDraft(name, null, null, null, null, CampaignStatus.ACTIVE)));
    }
}
