package org.interlocutor.importexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.importexport.ContactExport;
import org.interlocutor.importexport.ExportFormat;
import org.interlocutor.importexport.ExportProgress;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest
@WithStaff(username = "export.screen.officer", role = Role.OFFICER)
class ExportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;
    @Autowired
    ExportService exports;
    @Autowired
    org.interlocutor.engagement.EngagementService engagements;
    @Autowired
    org.interlocutor.security.TestUsers testUsers;

    private final String family = "Exp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private ContactDetails create(String given) {
        return contacts.create(ContactDraft.of(given, family, StakeholderCategory.MEDIA), null);
    }

    private ExportDialog openExportOf(String query) {
        UI.getCurrent().navigate("contacts", QueryParameters.fromString(query));
        return openDialog();
    }

    private ExportDialog openDialog() {
        test($(Button.class).withClassName("export-button").single()).click();
        return $(ExportDialog.class).single();
    }

    @Test
    void theContactsListExportsWhatItShowsItsFilterAndColumns() {
        create("Ana");
        create("Ben");

        ExportDialog dialog = openExportOf("q=" + family + "&cols=name,email");

        assertThat(dialog.selectedOnly.getValue()).isFalse();
        ContactExport export = dialog.export();
        assertThat(export.filter().text()).isEqualTo(family);
        assertThat(export.columns()).containsExactly("name", "email");
        assertThat(export.selectedIds()).isNull();
        String csv = csv(export);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFInterlocutor ID,Title,First name,Last name,Email");
        assertThat(csv.lines()).hasSize(3);

        test(dialog.allColumns).selectItem("All columns");
        assertThat(dialog.export().columns()).isEmpty();

        test(dialog.format).selectItem("CSV file (.csv)");
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(dialog.download).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8).lines()).hasSize(3)
                .first().asString().startsWith("\uFEFFInterlocutor ID,Title,First name,Last name,Organisation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withTickedRowsTheExportOffersOnlyThoseFirst() {
        ContactDetails ticked = create("Ticked");
        create("Other");
        UI.getCurrent().navigate("contacts", QueryParameters.fromString("q=" + family));
        Grid<ContactRow> grid = $(Grid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id() == ticked.id()) {
                grid.select(test(grid).getRow(row));
            }
        }

        ExportDialog dialog = openDialog();

        assertThat(dialog.selectedOnly.getValue()).isTrue();
        assertThat(dialog.export().selectedIds()).containsExactly(ticked.id());
        assertThat(csv(dialog.export()).lines()).hasSize(2);
        test(dialog.selectedOnly).selectItem("Every contact the list finds");
        assertThat(dialog.export().selectedIds()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTickedFollowUpIsExportedAloneFromMyFollowUps() {
        long me = testUsers.ensure("export.screen.officer", Role.OFFICER).id();
        ContactDetails met = create("Followed");
        engagements.create(new org.interlocutor.engagement.EngagementDraft(
                org.interlocutor.engagement.EngagementKind.CALL, java.time.Instant.now().minusSeconds(3600), null,
                null, "Call with " + family, null, null, java.util.Set.of(met.id()), java.util.Set.of(),
                java.util.Set.of(me), java.util.Set.of(), org.interlocutor.shared.Sensitivity.NORMAL, List.of(
                        new org.interlocutor.engagement.FollowUpDraft("Ticked " + family, me,
                                java.time.LocalDate.now().plusDays(3), java.util.Set.of()),
                        new org.interlocutor.engagement.FollowUpDraft("Unticked " + family, me,
                                java.time.LocalDate.now().plusDays(4), java.util.Set.of()))));
        UI.getCurrent().navigate("follow-ups");
        for (Grid<org.interlocutor.engagement.FollowUpRow> grid : $(Grid.class).all()) {
            for (int row = 0; row < test(grid).size(); row++) {
                if (test(grid).getRow(row).description().equals("Ticked " + family)) {
                    grid.select(test(grid).getRow(row));
                }
            }
        }

        ExportDialog dialog = openDialog();

        assertThat(dialog.selectedOnly.getValue()).isTrue();
        test(dialog.format).selectItem("CSV file (.csv)");
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(dialog.download).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).contains("Ticked " + family)
                .doesNotContain("Unticked " + family);
    }

    @Test
    void theEngagementsListAndAContactsHistoryExportTheirOwnFilter() {
        UI.getCurrent().navigate("engagements", QueryParameters.fromString("q=budget&kind=MEETING"));

        ExportDialog listDialog = openDialog();

        assertThat(listDialog.engagementQuery().text()).isEqualTo("budget");
        assertThat(listDialog.engagementQuery().kind()).isEqualTo(org.interlocutor.engagement.EngagementKind.MEETING);
        listDialog.close();

        ContactDetails met = create("Met");
        long me = testUsers.ensure("export.screen.officer", Role.OFFICER).id();
        engagements.create(new org.interlocutor.engagement.EngagementDraft(
                org.interlocutor.engagement.EngagementKind.CALL, java.time.Instant.now().minusSeconds(3600), null,
                null, "Call with " + family, null, null, java.util.Set.of(met.id()), java.util.Set.of(),
                java.util.Set.of(me), java.util.Set.of(), org.interlocutor.shared.Sensitivity.NORMAL, List.of()));
        UI.getCurrent().navigate("contacts/" + met.id());

        ExportDialog historyDialog = openDialog();

        assertThat(historyDialog.engagementQuery().contactId()).isEqualTo(met.id());
        assertThat(historyDialog.engagementQuery().toFilter(ZoneOffset.UTC).contactId()).isEqualTo(met.id());
    }

    private String csv(ContactExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportContacts(export, ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
