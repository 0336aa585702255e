package org.interlocutor.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.IntegrationTest;
import org.interlocutor.audit.RecordedEvents;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.FollowUpDraft;
import org.interlocutor.importexport.ContactExport;
import org.interlocutor.importexport.ExportFormat;
import org.interlocutor.importexport.ExportProgress;
import org.interlocutor.importexport.ExportService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.UserFacingException;
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.RecordTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject-access export: everything held on one person, in a workbook and a JSON document with the same parts,
 * complete whatever the administrator may otherwise see, for administrators only and itself audited.
 */
@IntegrationTest
@WithStaff(username = "sa.officer", role = Role.OFFICER)
class SubjectAccessTest {

    private static final String ADMIN = "sa.admin";
    private static final List<String> PARTS = List.of("contact", "emails", "phones", "languages", "tags",
            "affiliations", "grants", "positions", "engagements", "followUps", "events", "reads", "exports");

    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    OrganizationService organizations;
    @Autowired
    ExportService exports;
    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    org.interlocutor.engagement.FollowUpService followUps;
    @Autowired
    org.interlocutor.audit.AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;

    private final String marker = "sa" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private ContactDetails person;
    private ContactDetails bystander;
    private long engagementId;

    /**
     * A confidential person with one of everything, owned by the officer (so that the administrator may not see
     * them): emails, phones, languages, tags, an affiliation, a grant, a position change, a meeting with a
     * follow-up, a read of their record, an export that contained them and one that did not.
     */
    @BeforeEach
    void onePersonWithOneOfEverything() {
        long officer = testUsers.ensure("sa.officer", Role.OFFICER).id();
        long colleague = testUsers.ensure("sa.colleague", Role.OFFICER).id();
        testUsers.ensure(ADMIN, Role.ADMIN);
        long organization = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, "KE", null, null, null)).id();
        ContactDraft draft = new ContactDraft("H.E.", "Wanjiru", "Kamau " + marker, "Ambassador",
                StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "KE", "fr", Set.of("sw", "fr"),
                List.of(new EmailEntry("w.kamau@" + marker + ".example", "work", true)),
                List.of(new PhoneEntry("+254 20 555 0100", "office", true)), officer, 3, Stance.NEUTRAL,
                Sensitivity.CONFIDENTIAL, LawfulBasis.CONSENT, "Consent given at ASP " + marker,
                Set.of("asp-" + marker));
        person = contacts.create(draft, new AffiliationDraft(organization, "Head of mission",
                LocalDate.of(2024, 1, 1), null, true));
        person = contacts.grantAccess(person.id(), colleague);
        person = contacts.changePosition(person.id(), person.version(), 4, Stance.SUPPORTIVE);
        bystander = contacts.create(ContactDraft.of("Otieno", "Bystander " + marker,
                StakeholderCategory.CIVIL_SOCIETY), null);
        EngagementDetails meeting = engagements.create(new EngagementDraft(EngagementKind.MEETING,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), null, "The Hague", "Field presence " + marker,
                "Discussed outreach " + marker, "Agreed a briefing", Set.of(person.id()), Set.of(), Set.of(officer),
                Set.of(), Sensitivity.CONFIDENTIAL, List.of(new FollowUpDraft("Send the briefing " + marker,
                        officer, LocalDate.now().plusDays(7), Set.of(person.id())))));
        engagementId = meeting.row().id();
        contacts.open(person.id());
        export(List.of(person.id(), bystander.id()));
        export(List.of(bystander.id()));
    }

    private void export(List<Long> ticked) {
        exports.exportContacts(new ContactExport(org.interlocutor.contact.ContactFilter.NONE, Sort.unsorted(),
                List.of(), ticked), ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, new ByteArrayOutputStream(),
                ExportProgress.NONE);
    }

    private byte[] subjectAccess(long contactId, SubjectAccessFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        testUsers.runAs(ADMIN, Role.ADMIN, () -> subjectAccess.export(contactId, format, Locale.ENGLISH,
                ZoneOffset.UTC, out));
        return out.toByteArray();
    }

    /** Each sheet's rows under its header, by sheet name (the about sheet left out). */
    private static Map<String, List<Map<String, String>>> sheets(byte[] workbook) throws Exception {
        Map<String, List<Map<String, String>>> sheets = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                Row header = sheet.getRow(0);
                List<Map<String, String>> rows = new java.util.ArrayList<>();
                for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                    Row row = sheet.getRow(index);
                    Map<String, String> cells = new HashMap<>();
                    for (int column = 0; header != null && column < header.getLastCellNum(); column++) {
                        var cell = row.getCell(column);
                        cells.put(header.getCell(column).toString(), cell == null ? "" : cell.toString());
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static JsonNode json(byte[] document) {
        return JsonMapper.builder().build().readTree(document);
    }

    @Test
    void theWorkbookHasASheetPerPartWithEachThingHeldOnThePerson() throws Exception {
        Map<String, List<Map<String, String>>> sheets = sheets(subjectAccess(person.id(), SubjectAccessFormat.XLSX));

        assertThat(sheets.get("Contact")).singleElement().satisfies(row -> {
            assertThat(row.get("Family name")).isEqualTo("Kamau " + marker);
            assertThat(row.get("Lawful basis")).isNotBlank();
            assertThat(row.get("Consent note")).isEqualTo("Consent given at ASP " + marker);
            assertThat(row.get("Sensitivity")).isNotBlank();
            assertThat(row.get("Owner")).isNotBlank();
            assertThat(row.get("Created by")).isEqualTo("sa.officer");
        });
        assertThat(sheets.get("Emails")).singleElement()
                .satisfies(row -> assertThat(row.get("Email")).isEqualTo("w.kamau@" + marker + ".example"));
        assertThat(sheets.get("Phones")).singleElement()
                .satisfies(row -> assertThat(row.get("Phone")).isEqualTo("+254 20 555 0100"));
        assertThat(sheets.get("Languages")).extracting(row -> row.get("Language")).containsExactly("fr", "sw");
        assertThat(sheets.get("Tags")).extracting(row -> row.get("Tag")).containsExactly("asp-" + marker);
        assertThat(sheets.get("Affiliations")).singleElement().satisfies(row -> {
            assertThat(row.get("Organisation")).contains("Mission " + marker);
            assertThat(row.get("Role")).isEqualTo("Head of mission");
        });
        assertThat(sheets.get("Access grants")).singleElement()
                .satisfies(row -> assertThat(row.get("Granted by")).isEqualTo("sa.officer"));
        assertThat(sheets.get("Position history")).singleElement().satisfies(row -> {
            assertThat(row.get("Influence before")).isEqualTo("3.0");
            assertThat(row.get("Influence after")).isEqualTo("4.0");
        });
        assertThat(sheets.get("Engagements")).singleElement().satisfies(row -> {
            assertThat(row.get("Title")).isEqualTo("Field presence " + marker);
            assertThat(row.get("Notes")).isEqualTo("Discussed outreach " + marker);
            assertThat(row.get("Outcome")).isEqualTo("Agreed a briefing");
        });
        assertThat(sheets.get("Follow-ups")).singleElement()
                .satisfies(row -> assertThat(row.get("What")).isEqualTo("Send the briefing " + marker));
        assertThat(sheets.get("Changes (audit trail)")).anySatisfy(row -> {
            assertThat(row.get("Action")).isNotBlank();
            assertThat(row.get("Field")).isEqualTo("familyName");
            assertThat(row.get("After")).isEqualTo("Kamau " + marker);
        });
        assertThat(sheets.get("Changes (audit trail)")).anySatisfy(row -> {
            assertThat(row.get("Field")).isEqualTo("influence");
            assertThat(row.get("Before")).isEqualTo("3");
            assertThat(row.get("After")).isEqualTo("4");
        });
        assertThat(sheets).containsKey("About");
    }

    @Test
    void aPersonHiddenFromTheAdministratorIsStillExportedWhole() {
        assertThat(testUsers.as(ADMIN, Role.ADMIN, () -> contacts.find(person.id())))
                .as("a confidential contact of another owner is hidden from the administrator elsewhere").isEmpty();
        assertThat(testUsers.as(ADMIN, Role.ADMIN, () -> engagements.find(engagementId))).isEmpty();

        JsonNode parts = json(subjectAccess(person.id(), SubjectAccessFormat.JSON)).get("parts");

        assertThat(parts.get("contact").get(0).get("familyName").asString()).isEqualTo("Kamau " + marker);
        assertThat(parts.get("contact").get(0).get("sensitivity").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(parts.get("engagements").get(0).get("title").asString()).isEqualTo("Field presence " + marker);
        assertThat(parts.get("followUps").size()).isEqualTo(1);
        assertThat(parts.get("contact").get(0).get("lastEngagedOn").asString())
                .as("the date of the meeting hidden from the administrator")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void onlyAnAdministratorMayExportEverythingHeldOnAPerson() {
        for (Role role : List.of(Role.VIEWER, Role.OFFICER, Role.MANAGER)) {
            assertThatThrownBy(() -> testUsers.runAs("sa." + role.name().toLowerCase(Locale.ROOT), role,
                    () -> subjectAccess.export(person.id(), SubjectAccessFormat.JSON, Locale.ENGLISH,
                            ZoneOffset.UTC, new ByteArrayOutputStream())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> contacts.subjectAccessRecord(person.id()))
                .as("nor read the record past need-to-know").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyReadPastNeedToKnowIsForAdministratorsOnly() {
        long id = person.id();
        List<org.junit.jupiter.api.function.Executable> reads = List.of(
                () -> contacts.subjectAccessRecord(id),
                () -> contacts.subjectAccessPositionHistory(id),
                () -> engagements.subjectAccessEngagements(id),
                () -> followUps.subjectAccessFollowUps(id),
                () -> audit.everythingAbout(RecordTypes.CONTACT, id),
                () -> audit.exportsContaining(id));
        for (org.junit.jupiter.api.function.Executable read : reads) {
            assertThatThrownBy(() -> testUsers.runAs("sa.manager", Role.MANAGER, () -> {
                try {
                    read.execute();
                } catch (Throwable refused) {
                    throw refused instanceof RuntimeException runtime ? runtime : new IllegalStateException(refused);
                }
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(testUsers.as(ADMIN, Role.ADMIN, () -> engagements.subjectAccessEngagements(id)))
                .extracting(row -> row.id()).containsExactly(engagementId);
        assertThat(testUsers.as(ADMIN, Role.ADMIN, () -> followUps.subjectAccessFollowUps(id))).hasSize(1);
        assertThat(testUsers.as(ADMIN, Role.ADMIN, () -> contacts.subjectAccessPositionHistory(id))).hasSize(1);
    }

    @Test
    void theExportIsFiledAsAnExportOfThatPersonByTheAdministrator() {
        RecordedEvents recorded = new RecordedEvents(jdbc);
        long before = recorded.lastId();

        subjectAccess(person.id(), SubjectAccessFormat.XLSX);

        assertThat(recorded.after(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(event.actor()).isEqualTo(ADMIN);
        });
        assertThat(recorded.of(RecordTypes.CONTACT, person.id()).getLast().action()).isEqualTo(AuditAction.EXPORT);
        JsonNode exportsNow = json(subjectAccess(person.id(), SubjectAccessFormat.JSON)).get("parts").get("exports");
        assertThat(exportsNow.get(0).get("detail").asString()).isEqualTo("subject access export as xlsx");
        assertThat(exportsNow.get(0).get("actor").asString()).isEqualTo(ADMIN);
    }

    @Test
    void theExportsThatContainedThePersonAreListedAndTheOthersAreNot() {
        JsonNode personsExports = json(subjectAccess(person.id(), SubjectAccessFormat.JSON)).get("parts")
                .get("exports");
        JsonNode bystandersExports = json(subjectAccess(bystander.id(), SubjectAccessFormat.JSON)).get("parts")
                .get("exports");

        assertThat(personsExports.size()).as("the one export with both").isEqualTo(1);
        assertThat(personsExports.get(0).get("actor").asString()).isEqualTo("sa.officer");
        assertThat(personsExports.get(0).get("detail").asString()).startsWith("contacts: 2 rows as csv");
        // the bystander was in both lists, and in the person's subject-access export just made: not theirs
        assertThat(bystandersExports.size()).isEqualTo(2);
    }

    @Test
    void eachReadOfTheRecordIsListedWithWhoAndWhen() {
        testUsers.runAs("sa.colleague", Role.OFFICER, () -> contacts.open(person.id()));

        JsonNode reads = json(subjectAccess(person.id(), SubjectAccessFormat.JSON)).get("parts").get("reads");

        assertThat(reads.size()).isEqualTo(2);
        assertThat(reads.get(0).get("actor").asString()).isEqualTo("sa.officer");
        assertThat(reads.get(1).get("actor").asString()).isEqualTo("sa.colleague");
        assertThat(reads.get(1).get("occurredAt").asString()).isNotBlank();
    }

    @Test
    void theJsonParsesAndHoldsAsManyRowsInEachPartAsTheWorkbookSheet() throws Exception {
        Map<String, List<Map<String, String>>> sheets = sheets(subjectAccess(person.id(), SubjectAccessFormat.XLSX));
        JsonNode document = json(subjectAccess(person.id(), SubjectAccessFormat.JSON));
        Map<String, String> sheetOfPart = Map.ofEntries(Map.entry("contact", "Contact"),
                Map.entry("emails", "Emails"), Map.entry("phones", "Phones"), Map.entry("languages", "Languages"),
                Map.entry("tags", "Tags"), Map.entry("affiliations", "Affiliations"),
                Map.entry("grants", "Access grants"), Map.entry("positions", "Position history"),
                Map.entry("engagements", "Engagements"), Map.entry("followUps", "Follow-ups"),
                Map.entry("events", "Changes (audit trail)"), Map.entry("reads", "Reads of the record"),
                Map.entry("exports", "Exports containing them"));

        assertThat(document.get("subjectAccessExport").get("contactId").asLong()).isEqualTo(person.id());
        List<String> parts = new java.util.ArrayList<>(document.get("parts").propertyNames());
        assertThat(parts).containsExactlyElementsOf(PARTS);
        for (String part : PARTS) {
            int expected = sheets.get(sheetOfPart.get(part)).size();
            // the workbook was written first: the JSON's exports also list that workbook's export
            int extra = part.equals("exports") ? 1 : 0;
            assertThat(document.get("parts").get(part).size()).as(part).isEqualTo(expected + extra);
            assertThat(expected).as(part + " holds something").isPositive();
        }
    }

    @Test
    void anUnknownContactIsRefusedWithAMessage() {
        assertThatThrownBy(() -> subjectAccess(Long.MAX_VALUE / 2, SubjectAccessFormat.JSON))
                .isInstanceOf(UserFacingException.class)
                .satisfies(refused -> assertThat(((UserFacingException) refused).messageKey())
                        .isEqualTo("privacy.error.no-such-contact"));
    }
}
