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
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** Contacts exported as the list shows them, only those the person may see, and imported back into themselves. */
@IntegrationTest
@WithStaff(username = "export.officer", role = Role.OFFICER)
class ContactExportTest {

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @TempDir
    Path folder;

    private final String marker = "ce" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ContactDetails contact(String given, String family, String jobTitle, Sensitivity sensitivity) {
        return contacts.create(new ContactDraft("H.E.", given, family + " " + marker, jobTitle,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "KE", null, Set.of("en"),
                List.of(new EmailEntry(given.toLowerCase(Locale.ROOT) + "." + marker + "@example.org", null, true)),
                List.of(), null, 3, Stance.SUPPORTIVE, sensitivity, null, null, Set.of("ASP")), null);
    }

    private byte[] export(ContactExport export, ExportFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportContacts(export, format, locale, ZoneOffset.UTC, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        return cells;
    }

    @Test
    void theExportFollowsTheListsFilterSortAndColumnsWithTheIdFirst() throws Exception {
        contact("Zoe", "Alpha", "Ambassador", Sensitivity.NORMAL);
        contact("Adam", "Beta", "Counsellor", Sensitivity.NORMAL);
        ContactExport export = new ContactExport(ContactFilter.NONE.withText(marker),
                Sort.by(Sort.Direction.DESC, "sortName"), List.of("name", "job-title", "influence"), null);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(export, ExportFormat.XLSX,
                Locale.FRENCH)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("Identifiant Interlocutor", "Civilité", "Prénom",
                    "Nom", "Fonction", "Influence (1 à 5)");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Beta " + marker);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Alpha " + marker);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Sheet about = workbook.getSheetAt(1);
            assertThat(about.getSheetName()).isEqualTo("À propos de cet export");
            assertThat(cells(about.getRow(1))).containsExactly("Exporté par", "Export officer (export.officer)");
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).isEqualTo("q=" + marker);
            assertThat(about.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void everyEmailPhoneAndLanguageIsExportedJoinedReadablyTheMainOneFirst() throws Exception {
        contacts.create(new ContactDraft(null, "Multi", "Points " + marker, null, StakeholderCategory.MEDIA, null, "fr",
                Set.of("en", "fr"), List.of(new EmailEntry("second." + marker + "@example.org", null, false),
                new EmailEntry("main." + marker + "@example.org", null, true)),
                List.of(new org.interlocutor.contact.PhoneEntry("+00 555 0101", null, true),
                        new org.interlocutor.contact.PhoneEntry("+00 555 0102", null, false)),
                null, null, Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of("b-tag", "A-tag")), null);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(
                ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.XLSX, Locale.ENGLISH)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0));
            Row row = sheet.getRow(1);
            assertThat(row.getCell(header.indexOf("Email")).getStringCellValue())
                    .isEqualTo("main." + marker + "@example.org; second." + marker + "@example.org");
            assertThat(row.getCell(header.indexOf("Phone")).getStringCellValue()).isEqualTo("+00 555 0101; +00 555 0102");
            assertThat(row.getCell(header.indexOf("Languages")).getStringCellValue()).isEqualTo("English; French");
            assertThat(row.getCell(header.indexOf("Correspondence language")).getStringCellValue())
                    .isEqualTo("French");
            assertThat(row.getCell(header.indexOf("Tags")).getStringCellValue()).isEqualTo("A-tag; b-tag");
        }
    }

    @Test
    void anEditedContactExportsItsEmailsPhonesAndLanguagesAsTheyAreNow() throws Exception {
        ContactDetails created = contacts.create(new ContactDraft(null, "Edited", "Points " + marker, null,
                StakeholderCategory.MEDIA, null, null, Set.of("en", "fr"),
                List.of(new EmailEntry("old." + marker + "@example.org", null, true),
                        new EmailEntry("kept." + marker + "@example.org", null, false)),
                List.of(), null, null, Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of()), null);
        ContactDraft edited = new ContactDraft(null, "Edited", "Points " + marker, null, StakeholderCategory.MEDIA,
                null, null, Set.of("es"), List.of(new EmailEntry("kept." + marker + "@example.org", null, true)),
                List.of(new org.interlocutor.contact.PhoneEntry("+00 555 0199", null, true)), null, null,
                Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of());
        contacts.update(created.id(), created.version(), edited);

        String csv = new String(export(ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.CSV,
                Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("kept." + marker + "@example.org").contains("+00 555 0199").contains("Spanish")
                .doesNotContain("old." + marker).doesNotContain("French");
    }

    @Test
    void contactsWrittenByAnImportExportEveryEmailPhoneAndLanguage() throws Exception {
        TestImports.run(imports, folder, ImportType.CONTACTS, TestImports.Options.of(DuplicateMode.CREATE),
                List.of(ContactField.GIVEN_NAME, ContactField.FAMILY_NAME, ContactField.EMAIL, ContactField.PHONE,
                        ContactField.LANGUAGES),
                List.of(List.of("Bulk", "Points " + marker, "a." + marker + "@example.org; b." + marker
                        + "@example.org", "+00 555 0301", "fr; en")));

        String csv = new String(export(ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.CSV,
                Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("a." + marker + "@example.org; b." + marker + "@example.org")
                .contains("+00 555 0301").contains("English; French");
    }

    @Test
    void onlyTheContactsThePersonMaySeeAreExported() throws Exception {
        contact("Open", "Person", "Ambassador", Sensitivity.NORMAL);
        testUsers.runAs("export.colleague", Role.OFFICER, () -> contact("Hidden", "Source", "Witness",
                Sensitivity.CONFIDENTIAL));

        String csv = new String(export(ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.CSV,
                Locale.ENGLISH), StandardCharsets.UTF_8);

        assertThat(csv).contains("Person " + marker).doesNotContain("Hidden").doesNotContain("Source " + marker);
        assertThat(csv.lines()).hasSize(2);
    }

    @Test
    void onlyTheSelectedRowsAreExportedWhenThereIsASelection() throws Exception {
        ContactDetails chosen = contact("Chosen", "One", "Ambassador", Sensitivity.NORMAL);
        contact("Left", "Out", "Counsellor", Sensitivity.NORMAL);

        String csv = new String(export(new ContactExport(ContactFilter.NONE, Sort.unsorted(), List.of(),
                List.of(chosen.id())), ExportFormat.CSV, Locale.ENGLISH), StandardCharsets.UTF_8);

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(chosen.id() + ",H.E.,Chosen,One ");
    }

    @Test
    void aMailingListGreetsEachPersonInTheirLanguageWithAnAddressBlock() throws Exception {
        ContactDetails ambassador = contacts.create(new ContactDraft("S.E.", "Amina", "Diallo " + marker,
                "Ambassadrice", StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "SN", "fr", Set.of("fr"),
                List.of(new EmailEntry("amina." + marker + "@example.org", null, true)), List.of(), null, null,
                Stance.UNKNOWN, Sensitivity.NORMAL, null, null, Set.of()), null);
        contacts.create(new ContactDraft("Ms", "Li", "Wei " + marker, "Researcher", StakeholderCategory.ACADEMIA,
                null, "en", Set.of(), List.of(), List.of(), null, null, Stance.UNKNOWN, Sensitivity.NORMAL, null, null,
                Set.of()), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.exportMailingList(ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.XLSX,
                Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("Interlocutor ID", "Salutation", "Formal name",
                    "Job title", "Organisation", "Email", "Language of the letter", "Address block");
            assertThat(cells(sheet.getRow(1))).containsExactly(String.valueOf((double) ambassador.id()), "Excellence",
                    "S.E. Amina Diallo " + marker, "Ambassadrice", "amina." + marker + "@example.org", "français",
                    "S.E. Amina Diallo " + marker + "\nAmbassadrice\nSénégal");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Dear Ms Wei " + marker);
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void anEditedExportImportedInUpdateModeUpdatesTheSameContacts() throws Exception {
        ContactDetails zoe = contact("Zoe", "Roundtrip", "Ambassador", Sensitivity.NORMAL);
        ContactDetails adam = contact("Adam", "Roundtrip", "Counsellor", Sensitivity.NORMAL);
        Path file = folder.resolve("export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(
                ContactExport.of(ContactFilter.NONE.withText(marker)), ExportFormat.XLSX, Locale.ENGLISH)))) {
            Sheet sheet = workbook.getSheetAt(0);
            int jobTitle = cells(sheet.getRow(0)).indexOf("Job title");
            int email = cells(sheet.getRow(0)).indexOf("Email");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                // as Excel saves an edited cell: a new cell, its text in the shared table
                String title = row.getCell(jobTitle).getStringCellValue();
                row.removeCell(row.getCell(jobTitle));
                row.createCell(jobTitle).setCellValue(title + " (retired)");
                // an edited address must not make the row a new person: the id decides
                row.removeCell(row.getCell(email));
                row.createCell(email).setCellValue("changed." + r + "." + marker + "@example.org");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportReport report;
        try (InputStream in = Files.newInputStream(file); ImportFile imported = imports.open(in, "export.xlsx")) {
            String sheet = imported.sheetNames().getFirst();
            SheetLayout layout = imports.layout(imported, sheet, ImportType.CONTACTS, Optional.empty());
            report = imports.run(imported, new ImportRequest(ImportType.CONTACTS, sheet, layout.headerRowNumber(),
                    layout.mapping(), DuplicateMode.UPDATE, Sensitivity.NORMAL, false, false, false),
                    ImportProgress.NONE, Locale.ENGLISH);
        }

        assertThat(report.status()).as(report.outcomes().toString()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isEqualTo(2);
        assertThat(report.outcomes()).extracting(RowOutcome::reasonKey)
                .containsOnly("importexport.reason.matched-EXPORT_ID");
        assertThat(contacts.find(zoe.id()).orElseThrow().draft().jobTitle()).isEqualTo("Ambassador (retired)");
        assertThat(contacts.find(adam.id()).orElseThrow().draft().jobTitle()).isEqualTo("Counsellor (retired)");
        assertThat(contacts.count(ContactFilter.NONE.withText(marker))).isEqualTo(2);
    }
}
