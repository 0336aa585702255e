package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A history of engagements exported one row each, with the people met and the follow-ups, as the reader may see. */
@IntegrationTest
@WithStaff(username = "history.officer", role = Role.OFFICER)
class EngagementExportTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    EngagementService engagements;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    org.interlocutor.campaign.CampaignService campaigns;

    private final String marker = "eh" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void aContactsHistoryListsEachEngagementWithItsPeopleAndFollowUpsButNoOneHidden() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        long colleague = testUsers.ensure("history.colleague", Role.OFFICER).id();
        ContactDetails amina = contacts.create(ContactDraft.of("Amina", "Diallo " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        ContactDetails hidden = testUsers.as("history.colleague", Role.OFFICER, () -> contacts.create(
                ContactDraft.of("Secret", "Source " + marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                        .withSensitivity(Sensitivity.CONFIDENTIAL, colleague), null));
        Instant at = LocalDateTime.of(2026, 3, 4, 10, 30).atZone(BRUSSELS).toInstant();
        EngagementDetails meeting = testUsers.as("history.colleague", Role.OFFICER, () -> engagements.create(
                new EngagementDraft(EngagementKind.MEETING, at, null, "The Hague", "Budget " + marker, "Notes",
                        "Will write", Set.of(amina.id(), hidden.id()), Set.of(), Set.of(me, colleague), Set.of(),
                        Sensitivity.NORMAL, List.of(new FollowUpDraft("Send the paper", me, LocalDate.of(2026, 3, 10),
                        Set.of(amina.id()))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportEngagements(EngagementFilter.ofContact(amina.id()), "contact=" + amina.id(),
                ExportFormat.XLSX, Locale.ENGLISH, BRUSSELS, out, ExportProgress.NONE);

        assertThat(rows).isEqualTo(1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Interlocutor ID");
            assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(meeting.id());
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Date and time (UTC)");
            assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 4, 9, 30));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Meeting");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Budget " + marker);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Amina Diallo " + marker + " [" + amina.id()
                    + "]").doesNotContain("Secret");
            assertThat(row.getCell(13).getStringCellValue()).startsWith("2026-03-10 — Send the paper (")
                    .endsWith(", Open)");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void onlyTheTickedEngagementsAreExportedAndNeverOneThePersonMayNotSee() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        long colleague = testUsers.ensure("history.colleague", Role.OFFICER).id();
        long person = contacts.create(ContactDraft.of("Amina", "Person " + marker,
                StakeholderCategory.CIVIL_SOCIETY), null).id();
        Instant at = LocalDateTime.of(2026, 5, 6, 10, 0).atZone(BRUSSELS).toInstant();
        EngagementDetails ticked = engagements.create(new EngagementDraft(EngagementKind.CALL, at, null, null,
                "Ticked " + marker, null, null, Set.of(person), Set.of(), Set.of(me), Set.of(),
                Sensitivity.NORMAL, List.of()));
        engagements.create(new EngagementDraft(EngagementKind.CALL, at, null, null, "Not ticked " + marker, null,
                null, Set.of(person), Set.of(), Set.of(me), Set.of(),
                Sensitivity.NORMAL, List.of()));
        EngagementDetails secret = testUsers.as("history.colleague", Role.OFFICER, () -> engagements.create(
                new EngagementDraft(EngagementKind.CALL, at, null, null, "Secret " + marker, null, null, Set.of(person),
                        Set.of(), Set.of(colleague), Set.of(), Sensitivity.CONFIDENTIAL, List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportSelectedEngagements(List.of(secret.id(), ticked.id()), ExportFormat.CSV,
                Locale.ENGLISH, BRUSSELS, out, ExportProgress.NONE);

        assertThat(rows).isEqualTo(1);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Ticked " + marker).doesNotContain("Not ticked").doesNotContain("Secret");
    }

    @Test
    void theCampaignsPeopleAreExportedWithTheirIdsAsItsPageListsThem() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        long campaign = testUsers.as("history.manager", Role.MANAGER, () -> campaigns.create(
                new org.interlocutor.campaign.CampaignDraft("Campaign " + marker, null, null, null, null,
                        org.interlocutor.campaign.CampaignStatus.ACTIVE)).id());
        ContactDetails amina = contacts.create(ContactDraft.of("Amina", "Campaign " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        engagements.create(new EngagementDraft(EngagementKind.CALL, Instant.now().minusSeconds(7200), null, null,
                "Call " + marker, null, null, Set.of(amina.id()), Set.of(), Set.of(me), Set.of(campaign),
                Sensitivity.NORMAL, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportCampaignContacts(campaign, null, ExportFormat.CSV, Locale.ENGLISH, BRUSSELS, out,
                ExportProgress.NONE);

        assertThat(rows).isEqualTo(1);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow())
                .startsWith(amina.id() + ",,Amina,Campaign " + marker);
    }

    @Test
    void onlyTheTickedPeopleOfACampaignAreExportedWhenRowsAreTicked() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        long campaign = testUsers.as("history.manager", Role.MANAGER, () -> campaigns.create(
                new org.interlocutor.campaign.CampaignDraft("Ticked " + marker, null, null, null, null,
                        org.interlocutor.campaign.CampaignStatus.ACTIVE)).id());
        ContactDetails amina = contacts.create(ContactDraft.of("Amina", "Ticked " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        ContactDetails li = contacts.create(ContactDraft.of("Li", "Ticked " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        engagements.create(new EngagementDraft(EngagementKind.CALL, Instant.now().minusSeconds(7200), null, null,
                "Call " + marker, null, null, Set.of(amina.id(), li.id()), Set.of(), Set.of(me), Set.of(campaign),
                Sensitivity.NORMAL, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportCampaignContacts(campaign, List.of(li.id()), ExportFormat.CSV, Locale.ENGLISH,
                BRUSSELS, out, ExportProgress.NONE);

        assertThat(rows).isEqualTo(1);
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(li.id() + ",,Li,Ticked " + marker);
        assertThat(csv).doesNotContain("Amina");
    }

    @Test
    void onlyTheTickedFollowUpsAreExportedWhenRowsAreTicked() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        ContactDetails amina = contacts.create(ContactDraft.of("Amina", "Tick " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        EngagementDetails call = engagements.create(new EngagementDraft(EngagementKind.CALL,
                Instant.now().minusSeconds(7200), null, null, "Call " + marker, null, null, Set.of(amina.id()),
                Set.of(), Set.of(me), Set.of(), Sensitivity.NORMAL, List.of(
                        new FollowUpDraft("Ticked " + marker, me, LocalDate.now().plusDays(20), Set.of()),
                        new FollowUpDraft("Unticked " + marker, me, LocalDate.now().plusDays(21), Set.of()))));
        long ticked = call.followUps().stream().filter(followUp -> followUp.description().startsWith("Ticked"))
                .findFirst().orElseThrow().id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportMyFollowUps(List.of(ticked), ExportFormat.CSV, Locale.ENGLISH, BRUSSELS, out,
                ExportProgress.NONE);

        assertThat(rows).isEqualTo(1);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Ticked " + marker)
                .doesNotContain("Unticked " + marker);
    }

    @Test
    void myFollowUpsAreExportedWithTheEngagementTheyCameFromAndNoOneElses() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        long colleague = testUsers.ensure("history.colleague", Role.OFFICER).id();
        ContactDetails amina = contacts.create(ContactDraft.of("Amina", "Follow " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        EngagementDetails call = engagements.create(new EngagementDraft(EngagementKind.CALL,
                Instant.now().minusSeconds(7200), null, null, "Call " + marker, null, null, Set.of(amina.id()),
                Set.of(), Set.of(me, colleague), Set.of(), Sensitivity.NORMAL, List.of(
                        new FollowUpDraft("Mine " + marker, me, LocalDate.now().plusDays(20), Set.of(amina.id())),
                        new FollowUpDraft("Theirs " + marker, colleague, LocalDate.now().plusDays(20), Set.of()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.exportMyFollowUps(null, ExportFormat.CSV, Locale.ENGLISH, BRUSSELS, out, ExportProgress.NONE);

        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Mine " + marker).doesNotContain("Theirs " + marker)
                .contains("Amina Follow " + marker + " [" + amina.id() + "]")
                .contains("Call " + marker + " [" + call.id() + "]");
    }

    @Test
    void anEditedHistoryImportedInUpdateModeUpdatesTheSameEngagementsWithoutMovingThem() throws Exception {
        long me = testUsers.ensure("history.officer", Role.OFFICER).id();
        ContactDetails amina = contacts.create(ContactDraft.of("Amina", "Roundtrip " + marker,
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE), null);
        Instant at = LocalDateTime.of(2026, 5, 6, 14, 0).atZone(BRUSSELS).toInstant();
        EngagementDetails meeting = engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null,
                "The Hague", "Roundtrip " + marker, null, null, Set.of(amina.id()), Set.of(), Set.of(me), Set.of(),
                Sensitivity.NORMAL, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportEngagements(EngagementFilter.ofContact(amina.id()), "", ExportFormat.XLSX, Locale.FRENCH,
                BRUSSELS, out, ExportProgress.NONE);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("history", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            row.removeCell(row.getCell(12, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
            row.createCell(12).setCellValue("Agreed to co-sponsor");
            try (java.io.OutputStream edited = java.nio.file.Files.newOutputStream(file)) {
                workbook.write(edited);
            }
        }

        ImportReport report;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
             ImportFile imported = imports.open(in, "history.xlsx")) {
            String sheet = imported.sheetNames().getFirst();
            SheetLayout layout = imports.layout(imported, sheet, ImportType.ENGAGEMENTS, java.util.Optional.empty());
            report = imports.run(imported, new ImportRequest(ImportType.ENGAGEMENTS, sheet, layout.headerRowNumber(),
                    layout.mapping(), DuplicateMode.UPDATE, Sensitivity.NORMAL, false, false, false),
                    ImportProgress.NONE, Locale.FRENCH);
        } finally {
            java.nio.file.Files.delete(file);
        }

        assertThat(report.status()).as(report.outcomes().toString()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.created()).isZero();
        EngagementDetails after = engagements.find(meeting.id()).orElseThrow();
        assertThat(after.row().outcome()).isEqualTo("Agreed to co-sponsor");
        assertThat(after.row().startedAt()).isEqualTo(at);
        assertThat(after.row().participants()).extracting(org.interlocutor.engagement.Ref::id)
                .containsExactly(amina.id());
    }
}
