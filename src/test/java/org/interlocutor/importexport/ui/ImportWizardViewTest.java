package org.interlocutor.importexport.ui;

import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.ViewTest;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.importexport.ContactField;
import org.interlocutor.importexport.ImportBatchRow;
import org.interlocutor.importexport.ImportStatus;
import org.interlocutor.importexport.RowAction;
import org.interlocutor.importexport.RowOutcome;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest
@WithStaff(username = ImportWizardViewTest.ME, role = Role.OFFICER)
class ImportWizardViewTest extends SpringBrowserlessTest {

    static final String ME = "import.wizard.officer";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;

    /** A workbook of contacts sharing a family-name token: two valid rows and, on row 3, a broken email. */
    private static byte[] contactsWorkbook(String token) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Contacts");
            List<List<String>> rows = List.of(
                    List.of("First name", "Last name", "E-mail", "Country"),
                    List.of("Ama", "Mensah" + token, "ama." + token + "@coalition.example", "Ghana"),
                    List.of("Kofi", "Boateng" + token, "not an email", "GH"),
                    List.of("Lina", "Haddad" + token, "lina." + token + "@coalition.example", "France"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
    }

    private long contactsNamed(String token) {
        return contacts.count(ContactFilter.NONE.withText(token));
    }

    /** Lets the background import's updates reach the screen, as the browser's polls would, until {@code done}. */
    private void waitFor(ImportWizardView view, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(view.error.getText()).as("error shown").isEmpty();
            assertThat(System.nanoTime()).as("waited 30 s for the import").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            // what a poll does: runs the updates the import queued with UI.access
            MockVaadin.clientRoundtrip();
        }
    }

    private Button button(Component in, String text) {
        return $(Button.class).from(in).withText(text).single();
    }

    private ImportWizardView uploaded(String token) throws IOException {
        ImportWizardView view = navigate(ImportWizardView.class);
        test(view.upload).upload("contacts-" + token + ".xlsx", XLSX, contactsWorkbook(token));
        return view;
    }

    /** The label of each column's "Imported as" choice, in column order. */
    @SuppressWarnings("unchecked")
    private List<String> mappedLabels(ImportWizardView view) {
        int columns = test(view.mapping).size();
        return java.util.stream.IntStream.range(0, columns).mapToObj(row -> {
            ComboBox<Object> chooser = (ComboBox<Object>) test(view.mapping).getCellComponent(row, "field");
            return chooser.getValue() == null ? "" : chooser.getItemLabelGenerator().apply(chooser.getValue());
        }).toList();
    }

    private void checkTheFile(ImportWizardView view) {
        test(button(view, "Next")).click();
        test(button(view, "Check the file")).click();
        waitFor(view, view.previewPanel::isVisible);
    }

    @Test
    void organisationsAreImportedThroughTheSameSteps() throws IOException {
        String token = token();
        ImportWizardView view = navigate(ImportWizardView.class);
        test(view.type).selectItem("Organisations");
        byte[] workbook;
        try (XSSFWorkbook organisations = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = organisations.createSheet("Partners");
            List<List<String>> rows = List.of(List.of("Nom", "Sigle", "Pays"),
                    List.of("Coalition " + token, "CO" + token, "Ghana"),
                    List.of("Observatoire " + token, "", "Sénégal"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            organisations.write(out);
            workbook = out.toByteArray();
        }
        test(view.upload).upload("partners.xlsx", XLSX, workbook);
        assertThat(mappedLabels(view)).containsExactly("Name", "Acronym", "Country");

        checkTheFile(view);
        test(view.startImport).click();
        waitFor(view, view.resultPanel::isVisible);

        assertThat(counts(view.resultCounts)).containsExactly("2 created", "0 updated", "0 skipped", "0 rejected");
        assertThat(organizations.list(new OrganizationFilter(token, null, null, false, null),
                org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                .extracting(OrganizationRow::countryCode).containsExactlyInAnyOrder("GH", "SN");
    }

    @Test
    void theTemplateLinkDownloadsAWorkbookForTheKindOfListChosen() throws Exception {
        ImportWizardView view = navigate(ImportWizardView.class);
        test(view.type).selectItem("Engagements");
        ByteArrayOutputStream template = new ByteArrayOutputStream();

        test($(Anchor.class).withClassName("import-template").single()).download(template);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Engagements");
        }
    }

    @Test
    void uploadedWorkbookHasItsColumnsGuessedFromTheHeaders() throws IOException {
        ImportWizardView view = uploaded(token());

        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.mapping.isVisible()).isTrue();
        assertThat(mappedLabels(view)).containsExactly("First name", "Last name", "Email", "Country");
        assertThat(view.sheet.isVisible()).as("one sheet: nothing to choose").isFalse();
    }

    @Test
    void choosingAFieldAlreadyMappedTakesItFromTheOtherColumn() throws IOException {
        ImportWizardView view = uploaded(token());

        @SuppressWarnings("unchecked")
        ComboBox<Object> first = (ComboBox<Object>) test(view.mapping).getCellComponent(0, "field");
        test(first).selectItem("Last name");

        assertThat(mappedLabels(view)).containsExactly("Last name", "", "Email", "Country");
        assertThat(view.chosenFields()).containsEntry(0, ContactField.FAMILY_NAME).doesNotContainKey(1);
    }

    @Test
    void aSavedMappingIsAppliedToTheNextFile() throws IOException {
        String name = "Partners without countries " + token();
        ImportWizardView view = uploaded(token());
        @SuppressWarnings("unchecked")
        ComboBox<Object> country = (ComboBox<Object>) test(view.mapping).getCellComponent(3, "field");
        test(country).selectItem(null);
        test(view.saveMapping).click();
        com.vaadin.flow.component.textfield.TextField mappingName =
                $(com.vaadin.flow.component.textfield.TextField.class).withClassName("mapping-name").single();
        test(mappingName).setValue(name);
        test($(Button.class).withClassName("save-mapping-confirm").single()).click();

        ImportWizardView next = uploaded(token());
        assertThat(mappedLabels(next)).as("guessed again").containsExactly("First name", "Last name", "Email",
                "Country");
        test(next.savedMapping).selectItem(name);
        test(next.applyMapping).click();

        assertThat(mappedLabels(next)).containsExactly("First name", "Last name", "Email", "");
    }

    @Test
    void previewShowsTheRejectedRowWithItsCellProblemAndWritesNothing() throws IOException {
        String token = token();
        ImportWizardView view = uploaded(token);

        checkTheFile(view);

        assertThat(view.previewMessage.getText()).startsWith("3 rows read, 1 rejected. As it stands nothing would");
        assertThat(view.startImport.isEnabled()).as("all or nothing, one row rejected").isFalse();
        assertThat(test(view.outcomes).size()).isEqualTo(3);
        RowOutcome rejected = test(view.outcomes).getRow(1);
        assertThat(rejected.rowNumber()).isEqualTo(3);
        assertThat(rejected.action()).isEqualTo(RowAction.REJECT);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                .from(test(view.outcomes).getCellComponent(1, "details")).all())
                .extracting(com.vaadin.flow.component.html.Div::getText)
                .contains("E-mail: “not an email” is not an email address");
        assertThat(contactsNamed(token)).as("a dry run writes nothing").isZero();
    }

    @Test
    void importOfTheValidRowsCreatesThemReportsTheRejectedOneAndCanBeUndoneFromTheHistory() throws IOException {
        String token = token();
        ImportWizardView view = uploaded(token);
        test(button(view, "Next")).click();
        test(view.partial).click();
        test(button(view, "Check the file")).click();
        waitFor(view, view.previewPanel::isVisible);
        assertThat(view.previewMessage.getText()).isEqualTo("3 rows read. This is what the import will do:");

        test(view.startImport).click();
        waitFor(view, view.resultPanel::isVisible);

        assertThat(view.resultTitle.getText()).isEqualTo("Import completed");
        assertThat(counts(view.resultCounts)).containsExactly("2 created", "0 updated", "0 skipped", "1 rejected");
        assertThat(contactsNamed(token)).isEqualTo(2);
        Anchor download = $(Anchor.class).from(view.resultDownload).single();
        assertThat(download.getText()).startsWith("Download the rejected rows");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        test(download).download(report);
        try (XSSFWorkbook rejected = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            assertThat(rejected.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Boateng" + token);
        }
        assertThat(view.undo.isVisible()).isTrue();

        ImportsView history = navigate(ImportsView.class);
        ImportBatchRow batch = test(history.grid).getRow(0);
        assertThat(batch.fileName()).isEqualTo("contacts-" + token + ".xlsx");
        assertThat(batch.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(test(history.grid).getCellText(0, grid(history, "created"))).isEqualTo("2");
        test($(Button.class).from(test(history.grid).getCellComponent(0, "actions")).single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(contactsNamed(token)).as("undo removes what the import created").isZero();
        assertThat(test(history.grid).getRow(0).status()).isEqualTo(ImportStatus.UNDONE);
        assertThat($(Button.class).from(test(history.grid).getCellComponent(0, "actions")).all()).isEmpty();
    }

    @Test
    void undoFromTheResultTakesTheImportBack() throws IOException {
        String token = token();
        ImportWizardView view = uploaded(token);
        test(button(view, "Next")).click();
        test(view.partial).click();
        test(button(view, "Check the file")).click();
        waitFor(view, view.previewPanel::isVisible);
        test(view.startImport).click();
        waitFor(view, view.resultPanel::isVisible);
        assertThat(contactsNamed(token)).isEqualTo(2);

        test(view.undo).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(contactsNamed(token)).isZero();
        assertThat(view.resultTitle.getText()).isEqualTo("Import undone");
        assertThat(view.undo.isVisible()).isFalse();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedInlineWithTheReason() {
        ImportWizardView view = navigate(ImportWizardView.class);

        test(view.upload).upload("minutes.xlsx", XLSX, "%PDF-1.7 minutes of the meeting".getBytes());

        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).startsWith("The file minutes.xlsx is not a spreadsheet.");
        assertThat(view.columnsPanel.isVisible()).isFalse();
    }

    @Test
    void aFileLargerThanTheImportLimitIsRefusedByTheServerWithTheLimit() {
        ImportWizardView view = navigate(ImportWizardView.class);
        byte[] oneByteTooMany = new byte[50 * 1024 * 1024 + 1];
        java.util.Arrays.fill(oneByteTooMany, (byte) 'a');

        test(view.upload).upload("everyone.csv", "text/csv", oneByteTooMany);

        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("The file is larger than 50 MB, the most accepted here. Nothing of "
                + "it was kept: split it into smaller files.");
        assertThat(view.columnsPanel.isVisible()).isFalse();
    }

    @Test
    void theWizardSpeaksFrench() throws IOException {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        ImportWizardView view = uploaded(token());

        assertThat(view.getPageTitle()).isEqualTo("Importer");
        assertThat(mappedLabels(view)).containsExactly("Prénom", "Nom", "Courriel", "Pays");
        assertThat($(Button.class).from(view).withText("Suivant").all()).isNotEmpty();
    }

    @Test
    @WithStaff(username = "import.wizard.viewer", role = Role.VIEWER)
    void aViewerCannotOpenTheWizardNorTheHistory() {
        assertThat(opens(ImportWizardView.class)).isFalse();
        assertThat(opens(ImportsView.class)).isFalse();
    }

    private boolean opens(Class<? extends Component> view) {
        try {
            navigate(view);
        } catch (RuntimeException | AssertionError refused) {
            return false;
        }
        return view.isInstance(getCurrentView());
    }

    private static List<String> counts(Component tiles) {
        return tiles.getChildren().map(tile -> tile.getChildren()
                .map(part -> ((Span) part).getText()).reduce((value, label) -> value + " " + label).orElse(""))
                .toList();
    }

    private static int grid(ImportsView history, String key) {
        return history.grid.getColumns().indexOf(history.grid.getColumnByKey(key));
    }
}
