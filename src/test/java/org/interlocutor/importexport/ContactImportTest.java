package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.AffiliationRow;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactFilter;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.importexport.TestFiles.SheetContent;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Importing contacts end to end: a real file through the engine into the database, every duplicate mode, all or
 * nothing, dry runs, cancelling, need-to-know conflicts and undo.
 */
@IntegrationTest
@WithStaff(username = "import.officer", role = Role.OFFICER)
class ContactImportTest {

    private static final List<Object> HEADER = List.of("Civilité", "Prénom", "Nom", "Fonction", "Organisation",
            "Courriel", "Téléphone", "Pays", "Catégorie", "Langues", "Étiquettes", "Langue de correspondance",
            "Positionnement", "Influence", "Base légale", "Consentement", "ID");

    @Autowired
    ImportService imports;
    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    EngagementService engagements;
    @Autowired
    TestUsers testUsers;
    @TempDir
    Path folder;

    private final String marker = "ci" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    /** A row of the 17 columns, with only the names, an email and the organisation given. */
    private List<Object> row(String given, String family, String email, String organization) {
        List<Object> row = new ArrayList<>(java.util.Collections.nCopies(HEADER.size(), null));
        row.set(1, given);
        row.set(2, family);
        row.set(4, organization);
        row.set(5, email);
        return row;
    }

    private Path file(List<List<Object>> rows) throws IOException {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return TestFiles.xlsx(folder, marker + ".xlsx", List.of(new SheetContent("Contacts", all)));
    }

    private ImportReport importFile(Path path, DuplicateMode mode, boolean partial, boolean dryRun,
                                    Sensitivity sensitivity, boolean createOrganizations, ImportProgress progress)
            throws IOException {
        try (InputStream in = Files.newInputStream(path);
             ImportFile file = imports.open(in, path.getFileName().toString())) {
            SheetLayout layout = imports.layout(file, "Contacts", ImportType.CONTACTS, Optional.empty());
            return imports.run(file, new ImportRequest(ImportType.CONTACTS, "Contacts", layout.headerRowNumber(),
                    layout.mapping(), mode, sensitivity, createOrganizations, partial, dryRun), progress,
                    Locale.ENGLISH);
        }
    }

    private ImportReport importFile(Path path, DuplicateMode mode) throws IOException {
        return importFile(path, mode, false, false, Sensitivity.NORMAL, true, ImportProgress.NONE);
    }

    private List<ContactRow> withMarker() {
        return contacts.rows(ContactFilter.NONE.withText(marker), PageRequest.of(0, 100));
    }

    private ContactDetails existing(String given, String family, String email, String jobTitle) {
        ContactDraft draft = new ContactDraft(null, given, family, jobTitle, StakeholderCategory.STATE_PARTY_REPRESENTATIVE, "FR", null,
                Set.of("fr"), List.of(new EmailEntry(email, null, true)), List.of(), null, null, Stance.UNKNOWN,
                Sensitivity.NORMAL, null, null, Set.of("existing"));
        return contacts.create(draft, null);
    }

    @Test
    void everyContactFieldOfTheFileArrivesOnTheContact() throws IOException {
        long mission = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, null, null, null, null)).id();
        Path path = file(List.of(List.of("Dr", "Amina", "Diallo " + marker, "Legal adviser", "Mission " + marker,
                "amina." + marker + "@example.org; a.diallo." + marker + "@example.org", "+221 33 555 01 02",
                "Sénégal", "Représentant d’un État partie", "French, wolof", "ICC; Budget", "fr", "Supportive", 4, "Consent",
                "Agreed by email on 3 March")));

        ImportReport report = importFile(path, DuplicateMode.SKIP);

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.created()).isEqualTo(1);
        ContactDetails amina = contacts.find(withMarker().getFirst().id()).orElseThrow();
        ContactDraft draft = amina.draft();
        assertThat(draft.honorific()).isEqualTo("Dr");
        assertThat(draft.givenName()).isEqualTo("Amina");
        assertThat(draft.familyName()).isEqualTo("Diallo " + marker);
        assertThat(draft.jobTitle()).isEqualTo("Legal adviser");
        assertThat(draft.emails()).extracting(EmailEntry::email)
                .containsExactly("amina." + marker + "@example.org", "a.diallo." + marker + "@example.org");
        assertThat(draft.phones()).extracting(PhoneEntry::phone).containsExactly("+221 33 555 01 02");
        assertThat(draft.countryCode()).isEqualTo("SN");
        assertThat(draft.category()).isEqualTo(StakeholderCategory.STATE_PARTY_REPRESENTATIVE);
        assertThat(draft.languages()).containsExactlyInAnyOrder("fr", "wo");
        assertThat(draft.tags()).containsExactlyInAnyOrder("ICC", "Budget");
        assertThat(draft.correspondenceLanguage()).isEqualTo("fr");
        assertThat(draft.stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat(draft.influence()).isEqualTo(4);
        assertThat(draft.lawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(draft.consentNote()).isEqualTo("Agreed by email on 3 March");
        assertThat(draft.sensitivity()).isEqualTo(Sensitivity.NORMAL);
        assertThat(amina.affiliations()).extracting(AffiliationRow::organizationId).containsExactly(mission);
        assertThat(amina.createdBy()).isEqualTo("import.officer");
    }

    @Test
    void anOrganisationNotFoundIsCreatedWhenAskedAndRejectsTheRowOtherwise() throws IOException {
        Path path = file(List.of(row("Omar", "Neworg " + marker, "omar." + marker + "@example.org",
                "Coalition " + marker)));

        ImportReport refused = importFile(path, DuplicateMode.SKIP, false, false, Sensitivity.NORMAL, false,
                ImportProgress.NONE);
        assertThat(refused.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(refused.outcomes().getFirst().problems()).extracting(CellProblem::messageKey)
                .containsExactly("importexport.problem.unknown-organization");
        assertThat(withMarker()).isEmpty();

        ImportReport created = importFile(path, DuplicateMode.SKIP, false, false, Sensitivity.NORMAL, true,
                ImportProgress.NONE);
        assertThat(created.created()).isEqualTo(1);
        assertThat(organizations.list(new OrganizationFilter("Coalition " + marker, null, null, false, null),
                PageRequest.of(0, 5)).getContent()).hasSize(1);
        assertThat(withMarker().getFirst().organizationName()).isEqualTo("Coalition " + marker);
    }

    private Path changedRow(String email) throws IOException {
        List<Object> changed = row("Eva", "Matched " + marker, email, null);
        changed.set(3, "Ambassador");
        changed.set(6, "+31 70 555 0101");
        return file(List.of(changed));
    }

    @Test
    void skipLeavesAMatchedContactAsItIs() throws IOException {
        String email = "eva." + marker + "@example.org";
        ContactDetails eva = existing("Eva", "Matched " + marker, email, "Counsellor");

        ImportReport report = importFile(changedRow(email.toUpperCase(Locale.ROOT)), DuplicateMode.SKIP);

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().reasonKey()).isEqualTo("importexport.reason.matched-EMAIL");
        ContactDetails after = contacts.find(eva.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(eva.version());
        assertThat(after.draft().jobTitle()).isEqualTo("Counsellor");
    }

    @Test
    void updateOverwritesTheGivenFieldsAndShowsEachChange() throws IOException {
        String email = "eva." + marker + "@example.org";
        ContactDetails eva = existing("Eva", "Matched " + marker, email, "Counsellor");
        Path path = changedRow(email);

        ImportReport preview = importFile(path, DuplicateMode.UPDATE, false, true, Sensitivity.NORMAL, true,
                ImportProgress.NONE);
        assertThat(preview.outcomes().getFirst().changes()).extracting(FieldChange::field, FieldChange::before,
                FieldChange::after).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ContactField.JOB_TITLE, "Counsellor", "Ambassador"),
                org.assertj.core.groups.Tuple.tuple(ContactField.PHONE, "", "+31 70 555 0101"));
        assertThat(contacts.find(eva.id()).orElseThrow().draft().jobTitle()).isEqualTo("Counsellor");

        ImportReport report = importFile(path, DuplicateMode.UPDATE);

        assertThat(report.updated()).isEqualTo(1);
        ContactDraft after = contacts.find(eva.id()).orElseThrow().draft();
        assertThat(after.jobTitle()).isEqualTo("Ambassador");
        assertThat(after.phones()).extracting(PhoneEntry::phone).containsExactly("+31 70 555 0101");
        assertThat(after.countryCode()).isEqualTo("FR");
        assertThat(after.tags()).containsExactly("existing");
    }

    @Test
    void fillOnlySetsTheEmptyFields() throws IOException {
        String email = "eva." + marker + "@example.org";
        ContactDetails eva = existing("Eva", "Matched " + marker, email, "Counsellor");

        ImportReport report = importFile(changedRow(email), DuplicateMode.FILL);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().changes()).extracting(FieldChange::field)
                .containsExactly(ContactField.PHONE);
        ContactDraft after = contacts.find(eva.id()).orElseThrow().draft();
        assertThat(after.jobTitle()).isEqualTo("Counsellor");
        assertThat(after.phones()).extracting(PhoneEntry::phone).containsExactly("+31 70 555 0101");
    }

    @Test
    void createAnywayMakesASecondContact() throws IOException {
        String email = "eva." + marker + "@example.org";
        existing("Eva", "Matched " + marker, email, "Counsellor");

        ImportReport report = importFile(changedRow(email), DuplicateMode.CREATE);

        assertThat(report.created()).isEqualTo(1);
        assertThat(withMarker()).hasSize(2);
    }

    @Test
    void theSamePersonTwiceInOneFileIsImportedOnce() throws IOException {
        Path path = file(List.of(
                row("Li", "Twice " + marker, "li." + marker + "@example.org", null),
                row("Li", "Twice " + marker, "LI." + marker + "@example.org", null),
                row("Other", "Person " + marker, "other." + marker + "@example.org", null)));

        ImportReport report = importFile(path, DuplicateMode.SKIP);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.outcomes().get(1).reasonKey()).isEqualTo("importexport.reason.same-as-row");
        assertThat(report.outcomes().get(1).reasonArgs()).containsExactly(2);
        assertThat(withMarker()).hasSize(2);
    }

    private Path fileWithOneBadRow() throws IOException {
        List<Object> bad = row("Bad", "Email " + marker, "not-an-email", null);
        bad.set(7, "Atlantis");
        return file(List.of(row("Good", "One " + marker, "good1." + marker + "@example.org", null), bad,
                row("Good", "Two " + marker, "good2." + marker + "@example.org", null)));
    }

    @Test
    void oneRejectedRowMeansNothingIsWrittenAndTheReportSaysWhereAndWhy() throws IOException {
        ImportReport report = importFile(fileWithOneBadRow(), DuplicateMode.SKIP);

        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.written()).isFalse();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(withMarker()).isEmpty();
        assertThat(imports.batch(report.batchId()).orElseThrow().status()).isEqualTo(ImportStatus.REJECTED);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report.rejectedRowsFile()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row rejected = workbook.getSheetAt(0).getRow(1);
            assertThat(header.getCell(HEADER.size() + 1).getStringCellValue()).isEqualTo("Reason");
            assertThat(rejected.getCell(2).getStringCellValue()).isEqualTo("Email " + marker);
            assertThat(rejected.getCell(HEADER.size()).getNumericCellValue()).isEqualTo(3);
            assertThat(rejected.getCell(HEADER.size() + 1).getStringCellValue())
                    .contains("Courriel: “not-an-email” is not an email address")
                    .contains("Pays: Unknown country “Atlantis”");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        } finally {
            Files.deleteIfExists(report.rejectedRowsFile());
        }
    }

    @Test
    void writingTheValidRowsKeepsThemAndReportsTheRejectedOne() throws IOException {
        ImportReport report = importFile(fileWithOneBadRow(), DuplicateMode.SKIP, true, false, Sensitivity.NORMAL,
                true, ImportProgress.NONE);

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(withMarker()).extracting(ContactRow::displayName).hasSize(2);
        assertThat(report.rejectedRowsFile()).exists();
    }

    @Test
    void aDryRunCountsEverythingAndWritesNothing() throws IOException {
        Path path = file(List.of(row("Dry", "Run " + marker, "dry." + marker + "@example.org", "Nowhere " + marker)));

        ImportReport report = importFile(path, DuplicateMode.SKIP, false, true, Sensitivity.NORMAL, true,
                ImportProgress.NONE);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.batchId()).isNull();
        assertThat(withMarker()).isEmpty();
        assertThat(organizations.list(new OrganizationFilter("Nowhere " + marker, null, null, true, null),
                PageRequest.of(0, 5)).getContent()).isEmpty();
    }

    @Test
    void aCancelledImportKeepsNothingOfTheRowsItHadAlreadyWritten() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ImportRunner.BATCH_ROWS + 200; i++) {
            rows.add(row("Many" + i, "Cancelled " + marker, "many" + i + "." + marker + "@example.org", null));
        }
        Path path = file(rows);
        List<Integer> progress = new ArrayList<>();

        ImportReport report = importFile(path, DuplicateMode.SKIP, false, false, Sensitivity.NORMAL, true,
                new ImportProgress() {
                    @Override
                    public void rowsDone(int done) {
                        progress.add(done);
                    }

                    @Override
                    public boolean cancelRequested() {
                        return !progress.isEmpty();
                    }
                });

        assertThat(report.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(progress).containsExactly(ImportRunner.BATCH_ROWS);
        assertThat(contacts.count(ContactFilter.NONE.withText(marker))).isZero();
        assertThat(imports.batch(report.batchId()).orElseThrow().status()).isEqualTo(ImportStatus.CANCELLED);
    }

    @Test
    void importedContactsGetTheChosenSensitivityAndOnlyTheImporterSeesThem() throws IOException {
        Path path = file(List.of(row("Secret", "Source " + marker, "secret." + marker + "@example.org", null)));

        importFile(path, DuplicateMode.SKIP, false, false, Sensitivity.CONFIDENTIAL, true, ImportProgress.NONE);

        ContactRow secret = withMarker().getFirst();
        assertThat(contacts.find(secret.id()).orElseThrow().draft().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(testUsers.as("import.colleague", Role.OFFICER, () -> withMarker())).isEmpty();
    }

    @Test
    void aMatchTheImporterMayNotSeeIsRejectedAsAConflictAndLeftUntouched() throws IOException {
        String email = "hidden." + marker + "@example.org";
        ContactDetails hidden = testUsers.as("import.owner", Role.OFFICER, () -> contacts.create(
                new ContactDraft(null, "Hidden", "Witness " + marker, "Witness", StakeholderCategory.HUMAN_RIGHTS_DEFENDER,
                        null, null, Set.of(), List.of(new EmailEntry(email, null, true)), List.of(), null, null,
                        Stance.UNKNOWN, Sensitivity.CONFIDENTIAL, null, null, Set.of()), null));
        List<Object> row = row("Someone", "Else " + marker, email, null);
        row.set(3, "Overwritten title");

        ImportReport report = importFile(file(List.of(row)), DuplicateMode.UPDATE, true, false, Sensitivity.NORMAL,
                true, ImportProgress.NONE);

        assertThat(report.rejected()).isEqualTo(1);
        RowOutcome outcome = report.outcomes().getFirst();
        assertThat(outcome.problems()).extracting(CellProblem::messageKey)
                .containsExactly("importexport.problem.hidden-match");
        assertThat(outcome.toString()).doesNotContain(Long.toString(hidden.id())).doesNotContain("Witness");
        ContactDetails after = testUsers.as("import.owner", Role.OFFICER, () -> contacts.find(hidden.id())
                .orElseThrow());
        assertThat(after.version()).isEqualTo(hidden.version());
        assertThat(after.draft().jobTitle()).isEqualTo("Witness");
    }

    @Test
    void undoRemovesWhatTheImportCreatedAndRestoresWhatItUpdated() throws IOException {
        String email = "eva." + marker + "@example.org";
        ContactDetails eva = existing("Eva", "Matched " + marker, email, "Counsellor");
        List<Object> update = row("Eva", "Matched " + marker, email, "Embassy " + marker);
        update.set(3, "Ambassador");
        Path path = file(List.of(update, row("New", "Person " + marker, "new." + marker + "@example.org",
                "Embassy " + marker)));
        ImportReport report = importFile(path, DuplicateMode.UPDATE);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(contacts.find(eva.id()).orElseThrow().affiliations()).hasSize(1);

        ImportBatchRow undone = imports.undo(report.batchId());

        assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
        assertThat(undone.undoneBy()).isEqualTo("import.officer");
        assertThat(withMarker()).extracting(ContactRow::id).containsExactly(eva.id());
        ContactDetails restored = contacts.find(eva.id()).orElseThrow();
        assertThat(restored.draft().jobTitle()).isEqualTo("Counsellor");
        assertThat(restored.affiliations()).isEmpty();
        assertThat(organizations.list(new OrganizationFilter("Embassy " + marker, null, null, true, null),
                PageRequest.of(0, 5)).getContent()).isEmpty();
        assertThatThrownBy(() -> imports.undo(report.batchId())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("importexport.undo.not-possible"));
    }

    @Test
    void onlyTheAuthorOrAnAdministratorMayUndo() throws IOException {
        ImportReport report = importFile(file(List.of(row("Only", "Author " + marker, "only." + marker
                + "@example.org", null))), DuplicateMode.SKIP);

        assertThatThrownBy(() -> testUsers.as("import.colleague", Role.MANAGER, () -> imports.undo(report.batchId())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("importexport.undo.not-found"));
        assertThat(testUsers.as("import.colleague", Role.MANAGER, () -> imports.batches(PageRequest.of(0, 500))
                .getContent()).stream().map(ImportBatchRow::id)).doesNotContain(report.batchId());

        ImportBatchRow undone = testUsers.as("import.admin", Role.ADMIN, () -> imports.undo(report.batchId()));

        assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
        assertThat(withMarker()).isEmpty();
    }

    @Test
    void undoArchivesAnImportedContactSomeoneHasSinceMetInsteadOfDeletingIt() throws IOException {
        ImportReport report = importFile(file(List.of(row("Met", "Since " + marker, "met." + marker + "@example.org",
                null))), DuplicateMode.SKIP);
        long met = withMarker().getFirst().id();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null, null, "Met " + marker, null, null,
                Set.of(met), Set.of(), Set.of(testUsers.ensure("import.officer", Role.OFFICER).id()), Set.of(),
                Sensitivity.NORMAL, List.of()));

        imports.undo(report.batchId());

        assertThat(contacts.find(met).orElseThrow().archived()).isTrue();
    }
}
