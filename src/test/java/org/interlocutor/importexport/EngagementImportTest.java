package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.campaign.CampaignDraft;
import org.interlocutor.campaign.CampaignService;
import org.interlocutor.campaign.CampaignStatus;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.engagement.Ref;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;

/**
 * Engagements imported from a spreadsheet: every field, participants matched without revealing hidden people,
 * all or nothing, duplicates, undo.
 */
@IntegrationTest
@WithStaff(username = "engimport.officer", role = Role.OFFICER)
class EngagementImportTest {

    private static final List<EngagementField> ALL_COLUMNS = List.of(EngagementField.DATE, EngagementField.TIME,
            EngagementField.KIND, EngagementField.TITLE, EngagementField.PLACE, EngagementField.PARTICIPANTS,
            EngagementField.ORGANIZATIONS, EngagementField.STAFF, EngagementField.CAMPAIGNS, EngagementField.NOTES,
            EngagementField.OUTCOME, EngagementField.ID);
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ImportService imports;
    @Autowired
    EngagementService engagements;
    @Autowired
    ContactService contacts;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    TestUsers testUsers;
    @Autowired
    MessageSource messages;

    @TempDir
    Path folder;

    private final String marker = "ei" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ImportReport run(TestImports.Options options, List<List<Object>> rows) throws IOException {
        return TestImports.run(imports, folder, ImportType.ENGAGEMENTS, options, ALL_COLUMNS, rows);
    }

    private ImportReport run(DuplicateMode mode, List<List<Object>> rows) throws IOException {
        return run(TestImports.Options.of(mode), rows);
    }

    /** Date, time, kind, title, place, participants, organisations, staff, campaigns, notes, outcome, id. */
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private ContactDetails contact(String name, Sensitivity sensitivity) {
        ContactDraft draft = ContactDraft.of("Amina", name + " " + marker, StakeholderCategory.CIVIL_SOCIETY)
                .withEmails(List.of(new EmailEntry(email(name), null, true)));
        return contacts.create(draft.withSensitivity(sensitivity, null), null);
    }

    private String email(String name) {
        return name.toLowerCase(Locale.ROOT) + "." + marker + "@example.org";
    }

    private long me() {
        return testUsers.ensure("engimport.officer", Role.OFFICER).id();
    }

    private EngagementDetails logged(Instant at, String title, String place, Set<Long> participants) {
        return engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null, place, title, null, null,
                participants, Set.of(), Set.of(me()), Set.of(), Sensitivity.NORMAL, List.of()));
    }

    private List<EngagementRow> timeline(long contactId) {
        return engagements.rows(EngagementFilter.ofContact(contactId), FIRST_PAGE);
    }

    private LocalDate lastEngaged(long contactId) {
        return contacts.find(contactId).orElseThrow().lastEngagedOn();
    }

    private String text(CellProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args(), Locale.ENGLISH);
    }

    @Test
    void everyEngagementFieldIsImportedAsWritten() throws IOException {
        ContactDetails amina = contact("Diallo", Sensitivity.NORMAL);
        ContactDetails omar = contact("Haidari", Sensitivity.NORMAL);
        OrganizationRow mission = organizations.create(new OrganizationDraft("Mission " + marker, "MSN" + marker,
                OrganizationKind.PERMANENT_MISSION, null, null, null, null));
        long colleague = testUsers.ensure("col." + marker, Role.OFFICER).id();
        long otherColleague = testUsers.ensure("other." + marker, Role.OFFICER, "Other." + marker + "@ngo.example")
                .id();
        long campaign = testUsers.as("engimport.manager", Role.MANAGER, () -> campaigns.create(new CampaignDraft(
                "Field presence " + marker, null, null, null, null, CampaignStatus.ACTIVE))).id();

        ImportReport report = run(TestImports.Options.of(DuplicateMode.SKIP).withSensitivity(Sensitivity.RESTRICTED),
                List.of(
                        row(LocalDate.of(2026, 3, 3), "14:30", "Appel", "Liaison office " + marker, "The Hague",
                                email("Diallo").toUpperCase(Locale.ROOT) + ", " + omar.id(), "msn" + marker,
                                "col." + marker + "; other." + marker + "@NGO.example", "field presence " + marker,
                                "Discussed the office", "Agreed to write", null),
                        row("05/03/2026", null, null, "Follow-up " + marker, null, null, "Mission " + marker, null,
                                null, null, null, null),
                        row("2026-03-07 16:45", null, "side event", "Side event " + marker, null, email("Diallo"),
                                null, null, null, null, null, null)));

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.created()).isEqualTo(3);
        EngagementRow call = timeline(omar.id()).getFirst();
        assertThat(call.kind()).isEqualTo(EngagementKind.CALL);
        assertThat(call.startedAt()).isEqualTo(Instant.parse("2026-03-03T14:30:00Z"));
        assertThat(call.title()).isEqualTo("Liaison office " + marker);
        assertThat(call.place()).isEqualTo("The Hague");
        assertThat(call.notes()).isEqualTo("Discussed the office");
        assertThat(call.outcome()).isEqualTo("Agreed to write");
        assertThat(call.sensitivity()).isEqualTo(Sensitivity.RESTRICTED);
        assertThat(call.participants()).extracting(Ref::id).containsExactlyInAnyOrder(amina.id(), omar.id());
        assertThat(call.organizations()).extracting(Ref::id).containsExactly(mission.id());
        assertThat(call.staff()).extracting(Ref::id).containsExactlyInAnyOrder(colleague, otherColleague);
        assertThat(call.campaigns()).extracting(Ref::id).containsExactly(campaign);
        EngagementRow followUp = engagements.rows(EngagementFilter.ofOrganization(mission.id()), FIRST_PAGE)
                .stream().filter(row -> row.title().equals("Follow-up " + marker)).findFirst().orElseThrow();
        assertThat(followUp.startedAt()).as("no time: 09:00 UTC").isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(followUp.kind()).as("no kind: a meeting").isEqualTo(EngagementKind.MEETING);
        assertThat(followUp.participants()).isEmpty();
        assertThat(followUp.staff()).as("no staff: the importer").extracting(Ref::id).containsExactly(me());
        assertThat(timeline(amina.id())).extracting(EngagementRow::startedAt, EngagementRow::kind).containsExactly(
                tuple(Instant.parse("2026-03-07T16:45:00Z"), EngagementKind.SIDE_EVENT),
                tuple(Instant.parse("2026-03-03T14:30:00Z"), EngagementKind.CALL));
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(lastEngaged(omar.id())).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aParticipantHiddenFromTheImporterIsReportedInTheSameWordsAsAnUnknownOneAndNothingIsWrittenIntoThem()
            throws IOException {
        ContactDetails hidden = testUsers.as("engimport.other", Role.OFFICER,
                () -> contact("Hidden", Sensitivity.CONFIDENTIAL));
        ContactDetails visible = contact("Visible", Sensitivity.NORMAL);

        ImportReport report = run(TestImports.Options.of(DuplicateMode.SKIP).writingValidRows(), List.of(
                row(LocalDate.of(2026, 5, 1), null, null, "With hidden " + marker, null, email("Hidden"), null, null,
                        null, null, null, null),
                row(LocalDate.of(2026, 5, 1), null, null, "With nobody " + marker, null, email("Nobody"), null, null,
                        null, null, null, null),
                row(LocalDate.of(2026, 5, 1), null, null, "Hidden by id " + marker, null,
                        visible.id() + "; " + hidden.id(), null, null, null, null, null, null),
                row(LocalDate.of(2026, 5, 1), null, null, "Nobody by id " + marker, null,
                        visible.id() + "; " + (hidden.id() + 1_000_000), null, null, null, null, null, null)));

        assertThat(report.rejected()).isEqualTo(4);
        List<CellProblem> problems = report.outcomes().stream().map(outcome -> outcome.problems().getFirst())
                .toList();
        assertThat(problems).extracting(CellProblem::messageKey, CellProblem::column).containsExactly(
                tuple("importexport.problem.unknown-participant-email", 5),
                tuple("importexport.problem.unknown-participant-email", 5),
                tuple("importexport.problem.unknown-participant-id", 5),
                tuple("importexport.problem.unknown-participant-id", 5));
        assertThat(text(problems.get(0))).isEqualTo("No contact you can see has the email “" + email("Hidden") + "”");
        assertThat(text(problems.get(0)).replace(email("Hidden"), "x"))
                .isEqualTo(text(problems.get(1)).replace(email("Nobody"), "x"));
        assertThat(text(problems.get(2)).replace(String.valueOf(hidden.id()), "x"))
                .isEqualTo(text(problems.get(3)).replace(String.valueOf(hidden.id() + 1_000_000), "x"));
        assertThat(report.outcomes()).allSatisfy(outcome -> assertThat(outcome.problems()).hasSize(1));
        testUsers.runAs("engimport.other", Role.OFFICER, () -> {
            assertThat(timeline(hidden.id())).isEmpty();
            assertThat(lastEngaged(hidden.id())).isNull();
        });
        assertThat(timeline(visible.id())).isEmpty();
    }

    @Test
    void aRejectedRowMeansNothingIsWrittenUnlessTheValidRowsAreWanted() throws IOException {
        ContactDetails amina = contact("Atomic", Sensitivity.NORMAL);
        List<List<Object>> rows = List.of(
                row(LocalDate.of(2026, 6, 1), null, null, "Valid " + marker, null, email("Atomic"), null, null, null,
                        null, null, null),
                row("31/02/2026", "25:00", "Dinner", "", null, null, null, "nobody." + marker, "No campaign " + marker,
                        null, null, null));

        ImportReport allOrNothing = run(DuplicateMode.SKIP, rows);

        assertThat(allOrNothing.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(allOrNothing.outcomes().get(1).problems()).extracting(CellProblem::messageKey).containsExactly(
                "importexport.problem.required", "importexport.problem.bad-date", "importexport.problem.bad-time",
                "importexport.problem.unknown-engagement-kind", "importexport.problem.unknown-staff",
                "importexport.problem.unknown-campaign", "importexport.problem.no-one");
        assertThat(timeline(amina.id())).isEmpty();
        assertThat(lastEngaged(amina.id())).isNull();

        ImportReport partial = run(TestImports.Options.of(DuplicateMode.SKIP).writingValidRows(), rows);

        assertThat(partial.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(partial.created()).isEqualTo(1);
        assertThat(partial.rejected()).isEqualTo(1);
        assertThat(partial.rejectedRowsFile()).isNotNull();
        assertThat(timeline(amina.id())).extracting(EngagementRow::title).containsExactly("Valid " + marker);
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aDryRunSaysWhatWouldBeDoneAndWritesNothingNotEvenTheMissingOrganisations() throws IOException {
        ContactDetails amina = contact("Dry", Sensitivity.NORMAL);

        ImportReport report = run(TestImports.Options.of(DuplicateMode.SKIP).creatingMissingOrganizations()
                .checkingOnly(), List.of(row(LocalDate.of(2026, 8, 1), null, null, "Dry run " + marker, null,
                email("Dry"), "Partner to create " + marker, null, null, null, null, null)));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.batchId()).isNull();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.written()).isFalse();
        assertThat(timeline(amina.id())).isEmpty();
        assertThat(organizations.idsByName(List.of("Partner to create " + marker))).isEmpty();
    }

    /** An engagement logged on 1 April 2026 at 09:00 with Diallo, and a row of the same start and title. */
    private record Existing(EngagementDetails engagement, ContactDetails amina, ContactDetails omar,
                            List<Object> row) {
    }

    private Existing existingBriefing() {
        ContactDetails amina = contact("Diallo", Sensitivity.NORMAL);
        ContactDetails omar = contact("Haidari", Sensitivity.NORMAL);
        EngagementDetails briefing = logged(Instant.parse("2026-04-01T09:00:00Z"), "Briefing " + marker,
                "Old place", Set.of(amina.id()));
        return new Existing(briefing, amina, omar, row(LocalDate.of(2026, 4, 1), null, null,
                "BRIEFING " + marker.toUpperCase(Locale.ROOT), "New place", email("Haidari"), null, null, null,
                "New notes", null, null));
    }

    @Test
    void skipLeavesAnEngagementOfTheSameStartAndTitleAsItIs() throws IOException {
        Existing existing = existingBriefing();

        ImportReport report = run(DuplicateMode.SKIP, List.of(existing.row()));

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().reasonKey())
                .isEqualTo("importexport.reason.matched-START_AND_TITLE");
        EngagementDetails after = engagements.find(existing.engagement().id()).orElseThrow();
        assertThat(after.version()).isEqualTo(existing.engagement().version());
        assertThat(timeline(existing.omar().id())).isEmpty();
    }

    @Test
    void updateOverwritesTheGivenFieldsAndAddsTheNewParticipants() throws IOException {
        Existing existing = existingBriefing();

        ImportReport report = run(DuplicateMode.UPDATE, List.of(existing.row()));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().changes()).extracting(FieldChange::field).containsExactly(
                EngagementField.PLACE, EngagementField.NOTES, EngagementField.PARTICIPANTS);
        EngagementRow after = engagements.find(existing.engagement().id()).orElseThrow().row();
        assertThat(after.title()).as("the title it is known by").isEqualTo("Briefing " + marker);
        assertThat(after.place()).isEqualTo("New place");
        assertThat(after.notes()).isEqualTo("New notes");
        assertThat(after.startedAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(after.participants()).extracting(Ref::id).containsExactlyInAnyOrder(existing.amina().id(),
                existing.omar().id());
        assertThat(lastEngaged(existing.omar().id())).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void fillOnlySetsTheEmptyFieldsAndStillAddsTheNewParticipants() throws IOException {
        Existing existing = existingBriefing();

        ImportReport report = run(DuplicateMode.FILL, List.of(existing.row()));

        assertThat(report.updated()).isEqualTo(1);
        EngagementRow after = engagements.find(existing.engagement().id()).orElseThrow().row();
        assertThat(after.place()).isEqualTo("Old place");
        assertThat(after.notes()).isEqualTo("New notes");
        assertThat(after.participants()).extracting(Ref::id).containsExactlyInAnyOrder(existing.amina().id(),
                existing.omar().id());
    }

    @Test
    void createLogsANewEngagementEvenWhenOneHasTheSameStartAndTitle() throws IOException {
        Existing existing = existingBriefing();

        ImportReport report = run(DuplicateMode.CREATE, List.of(existing.row()));

        assertThat(report.created()).isEqualTo(1);
        assertThat(timeline(existing.omar().id())).extracting(EngagementRow::id).hasSize(1)
                .doesNotContain(existing.engagement().id());
        assertThat(engagements.find(existing.engagement().id()).orElseThrow().row().place()).isEqualTo("Old place");
    }

    @Test
    void theSameEngagementTwiceInAFileIsImportedOnce() throws IOException {
        ContactDetails amina = contact("Twice", Sensitivity.NORMAL);

        ImportReport report = run(DuplicateMode.UPDATE, List.of(
                row(LocalDate.of(2026, 7, 1), "10:00", null, "Twice " + marker, null, email("Twice"), null, null,
                        null, null, null, null),
                row(LocalDate.of(2026, 7, 1), "10:00", null, "twice " + marker, null, email("Twice"), null, null,
                        null, null, null, null)));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.outcomes().get(1).reasonKey()).isEqualTo("importexport.reason.same-engagement-as-row");
        assertThat(timeline(amina.id())).hasSize(1);
    }

    @Test
    void anExportedIdOfAnEngagementHiddenFromTheImporterIsRefusedWithoutAWordAboutIt() throws IOException {
        EngagementDetails secret = testUsers.as("engimport.other", Role.OFFICER, () -> {
            ContactDetails source = contact("Source", Sensitivity.CONFIDENTIAL);
            long other = testUsers.ensure("engimport.other", Role.OFFICER).id();
            return engagements.create(new EngagementDraft(EngagementKind.MEETING, Instant.parse("2026-02-02T10:00:00Z"),
                    null, null, "Secret " + marker, null, null, Set.of(source.id()), Set.of(), Set.of(other),
                    Set.of(), Sensitivity.CONFIDENTIAL, List.of()));
        });
        contact("Visible", Sensitivity.NORMAL);

        ImportReport report = run(DuplicateMode.UPDATE, List.of(row(LocalDate.of(2026, 2, 2), "10:00", null,
                "Overwritten " + marker, "Somewhere", email("Visible"), null, null, null, null, null, secret.id())));

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("importexport.problem.hidden-engagement-match");
            assertThat(problem.args()).isEmpty();
        });
        testUsers.runAs("engimport.other", Role.OFFICER, () -> {
            EngagementRow after = engagements.find(secret.id()).orElseThrow().row();
            assertThat(after.title()).isEqualTo("Secret " + marker);
            assertThat(after.place()).isNull();
        });
    }

    @Test
    void undoRemovesTheCreatedEngagementsRestoresTheUpdatedOnesAndDatesTheParticipantsAgain() throws IOException {
        Existing existing = existingBriefing();
        ContactDetails amina = existing.amina();
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 4, 1));
        ImportReport report = run(TestImports.Options.of(DuplicateMode.UPDATE).creatingMissingOrganizations(),
                List.of(
                        row(LocalDate.of(2026, 4, 1), "11:00", "Call", "Renamed " + marker, "New place",
                                email("Haidari"), null, null, null, null, null, existing.engagement().id()),
                        row(LocalDate.of(2026, 9, 1), null, null, "Later " + marker, null, email("Diallo"),
                                "New partner " + marker, null, null, null, null, null)));
        assertThat(report.written()).isTrue();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(lastEngaged(existing.omar().id())).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(organizations.idsByName(List.of("New partner " + marker))).hasSize(1);

        imports.undo(Objects.requireNonNull(report.batchId()));

        assertThat(timeline(amina.id())).extracting(EngagementRow::id).containsExactly(existing.engagement().id());
        EngagementDetails restored = engagements.find(existing.engagement().id()).orElseThrow();
        assertThat(restored.toDraft()).isEqualTo(existing.engagement().toDraft());
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(lastEngaged(existing.omar().id())).isNull();
        assertThat(timeline(existing.omar().id())).isEmpty();
        assertThat(organizations.idsByName(List.of("New partner " + marker))).isEmpty();
    }
}
