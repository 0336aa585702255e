package org.interlocutor.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.interlocutor.ViewTest;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ViewTest
@WithStaff(username = "places.officer", role = Role.OFFICER)
class OrganizationViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;

    private static String unique(String base) {
        return base + " " + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private OrganizationRow seeded(String text) {
        return organizations.list(new OrganizationFilter(text, OrganizationKind.ICC, "NL", false, null),
                PageRequest.of(0, 1)).getContent().getFirst();
    }

    private OrganizationRow organization(String name, OrganizationRow parent) {
        return organizations.create(new OrganizationDraft(name, null, OrganizationKind.NGO, "FR",
                parent == null ? null : parent.id(), null, null));
    }

    private OrganizationView open(OrganizationRow row) {
        return navigate(OrganizationView.class, Map.of("id", String.valueOf(row.id())));
    }

    private static List<String> shownNames(SpringBrowserlessTest test, TreeGrid<OrganizationRow> tree) {
        var tester = test.test(tree);
        return IntStream.range(0, tester.size()).mapToObj(i -> tester.getRow(i).displayName()).toList();
    }

    @Test
    void theCourtsPageShowsItsOrgansAsATreeThatOpensLevelByLevel() {
        OrganizationView view = open(seeded("international criminal court"));

        assertThat(view.getPageTitle()).isEqualTo("International Criminal Court (ICC)");
        assertThat($(H2.class).withText("International Criminal Court").exists()).isTrue();
        TreeGrid<OrganizationRow> tree = view.subUnits;
        assertThat(tree).isNotNull();
        assertThat(shownNames(this, tree)).contains("Presidency", "Chambers", "Office of the Prosecutor (OTP)",
                "Registry", "Trust Fund for Victims (TFV)").doesNotContain("Trial Division");

        OrganizationRow chambers = IntStream.range(0, test(tree).size()).mapToObj(i -> test(tree).getRow(i))
                .filter(row -> row.name().equals("Chambers")).findFirst().orElseThrow();
        tree.expand(chambers);

        assertThat(shownNames(this, tree)).contains("Pre-Trial Division", "Trial Division", "Appeals Division");
    }

    @Test
    void clickingASubUnitOpensItsPageWithTheWayBackUpTheTree() {
        OrganizationView court = open(seeded("international criminal court"));
        TreeGrid<OrganizationRow> tree = court.subUnits;
        int registry = shownNames(this, tree).indexOf("Registry");

        test(tree).clickRow(registry);

        OrganizationView page = (OrganizationView) getCurrentView();
        assertThat(page.getPageTitle()).isEqualTo("Registry");
        Nav breadcrumb = $(Nav.class).withClassName("breadcrumb").single();
        List<String> links = $(Anchor.class).from(breadcrumb).all().stream().map(Anchor::getText).toList();
        assertThat(links).containsExactly("Organisations", "International Criminal Court (ICC)");
        assertThat($(Span.class).from(breadcrumb).withClassName("breadcrumb-current").single().getText())
                .isEqualTo("Registry");
        assertThat(shownNames(this, page.subUnits)).contains("Division of Judicial Services (DJS)");
    }

    @Test
    void officerAddsASubUnitFromTheParentsPage() {
        OrganizationRow parent = organization(unique("Federation"), null);
        open(parent);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText("This organisation has no sub-units.")
                .exists()).isTrue();

        test($(Button.class).withText("Add sub-unit").single()).click();
        OrganizationDialog dialog = $(OrganizationDialog.class).single();
        assertThat(dialog.parent.getValue()).isNotNull();
        assertThat(dialog.parent.getValue().id()).isEqualTo(parent.id());
        assertThat(dialog.kind.getValue()).isEqualTo(OrganizationKind.NGO);
        String name = unique("Africa Desk");
        test(dialog.name).setValue(name);
        test($(Button.class).withText("Create organisation").single()).click();

        OrganizationView page = (OrganizationView) getCurrentView();
        assertThat(shownNames(this, page.subUnits)).containsExactly(name);
    }

    @Test
    void aSecondSaveIsRefusedNamingWhoSavedFirstAndWhenAndTheTypedInputStaysVisibleAfterReload() {
        OrganizationRow row = organization(unique("Observatory"), null);
        OrganizationView view = open(row);

        test($(Button.class).withText("Edit").single()).click();
        OrganizationDialog dialog = $(OrganizationDialog.class).single();
        String mine = unique("My name");
        test(dialog.name).setValue(mine);
        test(dialog.notes).setValue("Met their director in May;\nfollow up on the field office.");
        String theirs = unique("Their name");
        OrganizationRow saved = testUsers.as("places.rival", Role.OFFICER, () -> organizations.update(row.id(),
                row.version(), new OrganizationDraft(theirs, null, OrganizationKind.NGO, "FR", null, null, null)));
        test($(Button.class).withText("Save").single()).click();

        assertThat(dialog.staleNotice.isVisible()).isTrue();
        assertThat($(Span.class).from(dialog.staleNotice).single().getText())
                .startsWith("Places rival saved this record on " + Formats.dateTime(saved.updatedAt())
                        + ", after you opened it. Nothing was overwritten");
        assertThat(dialog.name.getValue()).isEqualTo(mine);
        assertThat(organizations.find(row.id()).orElseThrow().name()).isEqualTo(theirs);

        test($(Button.class).from(dialog.staleNotice).withText("Reload").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        OrganizationDialog reloaded = $(OrganizationDialog.class).single();
        assertThat(reloaded.name.getValue()).as("the form shows the saved version").isEqualTo(theirs);
        assertThat(reloaded.notes.getValue()).isEmpty();
        assertThat(reloaded.unsaved.isVisible()).isTrue();
        assertThat($(Span.class).from(reloaded.unsaved).withClassName("unsaved-field").all())
                .extracting(Span::getText).containsExactly("Name", "Notes");
        assertThat($(Span.class).from(reloaded.unsaved).withClassName("unsaved-value").all())
                .extracting(Span::getText)
                .containsExactly(mine, "Met their director in May;\nfollow up on the field office.");
        assertThat(reloaded.unsaved.copyText()).isEqualTo("Name: " + mine
                + "\nNotes: Met their director in May;\nfollow up on the field office.");
        assertThat(view.getPageTitle()).as("the page behind shows their version too").isEqualTo(theirs);

        test(reloaded.name).setValue(mine);
        test($(Button.class).withText("Save").single()).click();

        assertThat(organizations.find(row.id()).orElseThrow().name()).as("a save on the reloaded version goes through")
                .isEqualTo(mine);
    }

    @Test
    void officerEditsTheWebsiteWhichOpensInANewTab() {
        OrganizationRow row = organization(unique("Institute"), null);
        open(row);

        test($(Button.class).withText("Edit").single()).click();
        OrganizationDialog dialog = $(OrganizationDialog.class).single();
        test(dialog.website).setValue("https://institute.example.org/");
        test(dialog.notes).setValue("Hosts the annual complementarity workshop.");
        test($(Button.class).withText("Save").single()).click();

        Anchor website = $(Anchor.class).withClassName("website").single();
        assertThat(website.getHref()).isEqualTo("https://institute.example.org/");
        assertThat(website.getText()).isEqualTo("institute.example.org");
        assertThat(website.getTarget()).contains("_blank");
        assertThat(website.getElement().getAttribute("rel")).contains("noopener");
        assertThat($(Span.class).withText("Hosts the annual complementarity workshop.").exists()).isTrue();
    }

    @Test
    void archivingNeedsConfirmationAndCanBeUndone() {
        OrganizationRow row = organization(unique("Short-lived Forum"), null);
        open(row);

        test($(Button.class).withText("Archive").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(organizations.find(row.id()).orElseThrow().archived()).isTrue();
        assertThat($(Span.class).withClassName("pill-archived").single().getText()).isEqualTo("Archived");
        test($(Button.class).withText("Restore").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(organizations.find(row.id()).orElseThrow().archived()).isFalse();
        assertThat($(Span.class).withClassName("pill-archived").exists()).isFalse();
    }

    @Test
    void anOrganisationWithActiveSubUnitsIsNotArchived() {
        OrganizationRow parent = organization(unique("Umbrella"), null);
        organization(unique("Branch"), parent);
        open(parent);

        test($(Button.class).withText("Archive").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .isEqualTo("This organisation still has active sub-units: archive or move them first.");
        assertThat(organizations.find(parent.id()).orElseThrow().archived()).isFalse();
    }

    @Test
    void anUnknownOrganisationShowsAClearMessage() {
        OrganizationView view = navigate(OrganizationView.class, Map.of("id", "987654321"));

        assertThat(view.getPageTitle()).isEqualTo("Organisation not found");
        assertThat($(H2.class).withText("Organisation not found").exists()).isTrue();
        assertThat($(Anchor.class).withText("Back to all organisations").exists()).isTrue();

        navigate(OrganizationView.class, Map.of("id", "not-a-number"));
        assertThat($(H2.class).withText("Organisation not found").exists()).isTrue();
    }

    @Test
    @WithStaff(username = "places.viewer", role = Role.VIEWER)
    void aViewerReadsThePageButCannotChangeIt() {
        open(seeded("registry"));

        assertThat($(H2.class).withText("Registry").exists()).isTrue();
        assertThat($(Button.class).withText("Edit").exists()).isFalse();
        assertThat($(Button.class).withText("Archive").exists()).isFalse();
        assertThat($(Button.class).withText("Add sub-unit").exists()).isFalse();
    }

    @Test
    void thePageIsInFrenchForAFrenchSpeaker() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        open(seeded("office of the prosecutor"));

        assertThat($(Button.class).withText("Modifier").exists()).isTrue();
        assertThat($(Button.class).withText("Ajouter un service").exists()).isTrue();
        assertThat($(H2.class).withText("Services").exists()).isTrue();
        assertThat($(Anchor.class).withText("Pays-Bas (Royaume des)").exists()).isTrue();
    }
}
