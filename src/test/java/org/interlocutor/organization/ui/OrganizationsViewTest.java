package org.interlocutor.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlocutor.ViewTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.ui.AppRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest
@WithStaff(username = "places.officer", role = Role.OFFICER)
class OrganizationsViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OrganizationService organizations;

    /** A word no other test's organisation contains, so that searching for it finds only this test's rows. */
    private static String uniqueWord(String base) {
        return base + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private OrganizationRow organization(String name, String acronym, OrganizationKind kind, String countryCode) {
        return organizations.create(new OrganizationDraft(name, acronym, kind, countryCode, null, null, null));
    }

    /** Opens the list at an address with a query string, as a bookmark would. */
    private OrganizationsView open(String queryString) {
        UI.getCurrent().navigate(AppRoutes.ORGANIZATIONS, QueryParameters.fromString(queryString));
        return (OrganizationsView) getCurrentView();
    }

    @Test
    void searchAndKindNarrowTheList() {
        String word = uniqueWord("Zephyr");
        organization("Coalition " + word, "CZ", OrganizationKind.NGO, "KE");
        organization("Ministry of Justice " + word, null, OrganizationKind.GOVERNMENT, "KE");
        organization("Mission " + word, null, OrganizationKind.PERMANENT_MISSION, "SN");
        OrganizationsView view = navigate(OrganizationsView.class);

        test(view.search).setValue(word);
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(view.summary.getText()).isEqualTo("3 organisations");

        test(view.kind).selectItem("Government");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Ministry of Justice " + word);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Government");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Kenya");
        assertThat(view.summary.getText()).isEqualTo("1 organisation");

        test(view.kind).selectItem(null);
        test(view.search).setValue("cz " + word);
        assertThat(test(view.grid).size()).isZero();
        test(view.search).setValue("CZ");
        assertThat(test(view.grid).size()).isPositive();
    }

    @Test
    void theFilterComesFromTheAddressAndCanBeBookmarked() {
        String word = uniqueWord("Bookmark");
        organization("Bar Association " + word, null, OrganizationKind.NGO, "UG");
        organization("Embassy " + word, null, OrganizationKind.EMBASSY, "UG");

        OrganizationsView view = open("q=" + word + "&kind=EMBASSY&country=UG");

        assertThat(view.search.getValue()).isEqualTo(word);
        assertThat(view.kind.getValue()).isEqualTo(OrganizationKind.EMBASSY);
        assertThat(view.country.getValue()).isNotNull();
        assertThat(view.country.getValue().code()).isEqualTo("UG");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Embassy " + word);

        test(view.kind).selectItem(null);
        assertThat(view.location().getPathWithQueryParameters())
                .isEqualTo("organizations?q=" + word + "&country=UG");
        OrganizationsView reopened = open(view.location().getQueryParameters().getQueryString());
        assertThat(test(reopened.grid).size()).isEqualTo(2);
    }

    @Test
    void archivedOrganisationsAppearOnlyWhenAsked() {
        String word = uniqueWord("Dormant");
        OrganizationRow dormant = organization("Dormant Network " + word, null, OrganizationKind.NGO, "FR");
        organizations.setArchived(dormant.id(), dormant.version(), true);
        OrganizationsView view = navigate(OrganizationsView.class);

        test(view.search).setValue(word);
        assertThat(test(view.grid).size()).isZero();

        test(view.showArchived).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Dormant Network " + word + "Archived");
    }

    @Test
    void officerCreatesAnOrganisationThroughTheDialogAndFindsItInTheList() {
        String name = "Coalition for the Court " + uniqueWord("New");
        navigate(OrganizationsView.class);

        test($(Button.class).withText("New organisation").single()).click();
        OrganizationDialog dialog = $(OrganizationDialog.class).single();
        test(dialog.name).setValue(name);
        test(dialog.acronym).setValue("CFC");
        test(dialog.kind).selectItem("NGO or civil society");
        test(dialog.country).setFilter("Kenya");
        test(dialog.country).selectItem("Kenya");
        test(dialog.website).setValue("www.example.org");
        test($(Button.class).withText("Create organisation").single()).click();

        assertThat($(OrganizationDialog.class).exists()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(OrganizationView.class);
        assertThat($(H2.class).withText(name).exists()).isTrue();
        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .isEqualTo(name + " (CFC) has been created.");

        OrganizationsView list = navigate(OrganizationsView.class);
        test(list.search).setValue(name);
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("CFC");
        assertThat(test(list.grid).getCellText(0, 3)).isEqualTo("Kenya");
        OrganizationRow stored = test(list.grid).getRow(0);
        assertThat(stored.website()).isEqualTo("https://www.example.org");
    }

    @Test
    void aNamelessOrganisationIsRefusedBesideTheField() {
        navigate(OrganizationsView.class);

        test($(Button.class).withText("New organisation").single()).click();
        OrganizationDialog dialog = $(OrganizationDialog.class).single();
        test(dialog.kind).selectItem("Media");
        test(dialog.website).setValue("javascript:alert(1)");
        test($(Button.class).withText("Create organisation").single()).click();

        assertThat($(OrganizationDialog.class).exists()).isTrue();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the organisation’s name.");
        assertThat(dialog.website.isInvalid()).isTrue();
    }

    @Test
    void clickingARowOpensTheOrganisationPage() {
        OrganizationsView view = navigate(OrganizationsView.class);
        test(view.search).setValue("Office of the Prosecutor");
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).clickRow(0);

        OrganizationView page = (OrganizationView) getCurrentView();
        assertThat(page.getPageTitle()).isEqualTo("Office of the Prosecutor (OTP)");
    }

    @Test
    @WithStaff(username = "places.viewer", role = Role.VIEWER)
    void aViewerSeesTheListButCannotCreate() {
        OrganizationsView view = navigate(OrganizationsView.class);

        assertThat($(Button.class).withText("New organisation").exists()).isFalse();
        test(view.search).setValue("Registry");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void labelsAreInFrenchForAFrenchSpeaker() {
        // Leave the page drawn in English (the start page) so that this list is drawn anew in French, as
        // the page reload after a change of language does.
        navigate(AppRoutes.ACCOUNT, Component.class);
        UI.getCurrent().setLocale(Locale.FRENCH);
        OrganizationsView view = navigate(OrganizationsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Organisations");
        assertThat($(Button.class).all().stream().map(Button::getText).toList()).contains("Nouvelle organisation");
        assertThat(view.search.getPlaceholder()).isEqualTo("Rechercher par nom ou sigle");
        test(view.search).setValue("Registry");
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Nom");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Organe ou service de la CPI");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Pays-Bas (Royaume des)");
        assertThat(view.summary.getText()).isEqualTo("1 organisation");
    }
}
