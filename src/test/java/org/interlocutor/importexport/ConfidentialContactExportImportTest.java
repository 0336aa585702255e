package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A confidential contact, encrypted at rest, exports in clear for whoever may see it, comes back into itself when
 * the export is imported, is still matched by email on import, and an undone import restores it from values kept
 * encrypted.
 */
@IntegrationTest
@WithStaff(username = "cexp.officer", role = Role.OFFICER)
class ConfidentialContactExportImportTest {

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path folder;

    private final String marker = "cx" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final String mainEmail = "grace." + marker + "@shelter.example";
    private final String otherEmail = "g." + marker + "@mission.example";

    private ContactDetails confidential() {
        return contacts.create(new ContactDraft(null, "Grace", "Akello " + marker, "Coordinator",
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER, "UG", null, Set.of("en"),
                List.of(new EmailEntry(otherEmail, null, false), new EmailEntry(mainEmail, null, true)),
                List.of(new PhoneEntry("+256 700 000 222", null, true)), null, null, Stance.SUPPORTIVE,
                Sensitivity.CONFIDENTIAL, null, "Consent " + marker, Set.of()), null);
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportContacts(ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.XLSX,
                Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        return cells;
    }

    private ImportReport importFile(Path file, DuplicateMode mode) throws Exception {
        try (InputStream in = Files.newInputStream(file);
             ImportFile imported = imports.open(in, file.getFileName().toString())) {
            String sheet = imported.sheetNames().getFirst();
            SheetLayout layout = imports.layout(imported, sheet, ImportType.CONTACTS, Optional.empty());
            return imports.run(imported, new ImportRequest(ImportType.CONTACTS, sheet, layout.headerRowNumber(),
                    layout.mapping(), mode, Sensitivity.NORMAL, false, false, false), ImportProgress.NONE,
                    Locale.ENGLISH);
        }
    }

    @Test
    void theOwnerExportsAConfidentialContactInClearAndItsExportImportsBackIntoIt() throws Exception {
        ContactDetails grace = confidential();
        Path file = folder.resolve("export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0));
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(header.indexOf("Email")).getStringCellValue())
                    .isEqualTo(mainEmail + "; " + otherEmail);
            assertThat(row.getCell(header.indexOf("Phone")).getStringCellValue()).isEqualTo("+256 700 000 222");
            int jobTitle = header.indexOf("Job title");
            row.removeCell(row.getCell(jobTitle));
            row.createCell(jobTitle).setCellValue("Coordinator (retired)");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportReport report = importFile(file, DuplicateMode.UPDATE);

        assertThat(report.updated()).as(report.outcomes().toString()).isEqualTo(1);
        assertThat(report.outcomes()).extracting(RowOutcome::reasonKey)
                .containsOnly("importexport.reason.matched-EXPORT_ID");
        ContactDraft updated = contacts.find(grace.id()).orElseThrow().draft();
        assertThat(updated.jobTitle()).isEqualTo("Coordinator (retired)");
        assertThat(updated.sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(updated.emails()).isEqualTo(grace.draft().emails());
        assertThat(jdbc.queryForObject("select primary_email from contact where id = ?", String.class, grace.id()))
                .startsWith("enc1:");
        assertThat(jdbc.queryForObject("select previous_values from import_record where batch_id = ? and action ="
                + " 'UPDATED'", String.class, report.batchId())).startsWith("enc1:").doesNotContain(marker);

        imports.undo(java.util.Objects.requireNonNull(report.batchId()));

        assertThat(contacts.find(grace.id()).orElseThrow().draft().jobTitle()).isEqualTo("Coordinator");
    }

    @Test
    void aRowWithAConfidentialContactsEmailMatchesItForWhoMaySeeItAndIsRefusedForOthers() throws Exception {
        ContactDetails grace = confidential();
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "First name,Last name,Email\nG.,Akello," + mainEmail.toUpperCase(Locale.ROOT) + "\n",
                StandardCharsets.UTF_8);

        ImportReport mine = importFile(file, DuplicateMode.SKIP);
        assertThat(mine.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.action()).isEqualTo(RowAction.SKIP);
            assertThat(outcome.reasonKey()).isEqualTo("importexport.reason.matched-EMAIL");
        });

        ImportReport theirs = testUsers.as("cexp.colleague", Role.OFFICER, () -> {
            try {
                return importFile(file, DuplicateMode.SKIP);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(theirs.outcomes()).singleElement().satisfies(outcome -> assertThat(outcome.problems())
                .extracting(CellProblem::messageKey).containsExactly("importexport.problem.hidden-match"));
        byte[] theirExport = testUsers.as("cexp.colleague", Role.OFFICER, this::export);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(theirExport))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("rows below the header").isZero();
        }
        assertThat(contacts.count(ContactFilter.NONE.withText(marker))).isEqualTo(1);
        assertThat(grace.draft().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
    }
}
