package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Organisations imported from a spreadsheet: every field, parents within the file, duplicates, undo. */
@IntegrationTest
@WithStaff(username = "orgimport.officer", role = Role.OFFICER)
class OrganizationImportTest {

    private static final List<OrganizationField> ALL_COLUMNS = List.of(OrganizationField.NAME,
            OrganizationField.ACRONYM, OrganizationField.KIND, OrganizationField.PARENT, OrganizationField.COUNTRY,
            OrganizationField.WEBSITE, OrganizationField.NOTES, OrganizationField.ID);

    @Autowired
    ImportService imports;
    @Autowired
    OrganizationService organizations;

    @TempDir
    Path folder;

    private final String marker = "oi" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ImportReport run(DuplicateMode mode, List<List<Object>> rows) throws IOException {
        return TestImports.run(imports, folder, ImportType.ORGANIZATIONS, TestImports.Options.of(mode), ALL_COLUMNS,
                rows);
    }

    /** Name, acronym, kind, parent, country, website, notes, id; null for an empty cell. */
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private OrganizationRow named(String name) {
        Long id = organizations.idsByName(List.of(name)).get(name);
        assertThat(id).as(name).isNotNull();
        return organizations.find(id).orElseThrow();
    }

    private OrganizationRow existing(String name, String acronym, OrganizationKind kind, String countryCode,
                                     String website, String notes) {
        return organizations.create(new OrganizationDraft(name, acronym, kind, countryCode, null, website, notes));
    }

    @Test
    void everyOrganizationFieldIsImportedAsWrittenAndAParentMayComeFromAnEarlierRow() throws IOException {
        ImportReport report = run(DuplicateMode.SKIP, List.of(
                row("Ministry " + marker, "MIN" + marker, "Gouvernement", null, "Sénégal", "https://min.example",
                        "Main counterpart", null),
                row("Department " + marker, null, "GOVERNMENT", "MIN" + marker, "SEN", null, null, null),
                row("Unit " + marker, null, null, "ministry " + marker.toUpperCase(), null, null, null, null)));

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.created()).isEqualTo(3);
        OrganizationRow ministry = named("Ministry " + marker);
        assertThat(ministry.acronym()).isEqualTo("MIN" + marker);
        assertThat(ministry.kind()).isEqualTo(OrganizationKind.GOVERNMENT);
        assertThat(ministry.countryCode()).isEqualTo("SN");
        assertThat(ministry.website()).isEqualTo("https://min.example");
        assertThat(ministry.notes()).isEqualTo("Main counterpart");
        assertThat(ministry.parentId()).isNull();
        OrganizationRow department = named("Department " + marker);
        assertThat(department.parentId()).isEqualTo(ministry.id());
        assertThat(department.countryCode()).isEqualTo("SN");
        OrganizationRow unit = named("Unit " + marker);
        assertThat(unit.parentId()).isEqualTo(ministry.id());
        assertThat(unit.kind()).as("no kind given").isEqualTo(OrganizationKind.OTHER);
    }

    @Test
    void anExportedIdMatchesTheOrganisationEvenUnderAnotherName() throws IOException {
        OrganizationRow court = existing("Tribunal " + marker, null, OrganizationKind.ICC, null, null, null);

        ImportReport report = run(DuplicateMode.UPDATE, List.of(
                row("Renamed tribunal " + marker, null, null, null, null, null, null, court.id())));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().reasonKey()).isEqualTo("importexport.reason.matched-EXPORT_ID");
        assertThat(organizations.find(court.id()).orElseThrow().name()).isEqualTo("Renamed tribunal " + marker);
    }

    @Test
    void aParentDefinedOnlyFurtherDownTheFileIsReportedAsUnknownAndNothingIsWritten() throws IOException {
        ImportReport report = run(DuplicateMode.SKIP, List.of(
                row("Section " + marker, null, null, "Division " + marker, null, null, null, null),
                row("Division " + marker, null, null, null, null, null, null, null)));

        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.outcomes().getFirst().problems()).extracting(CellProblem::messageKey, CellProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("importexport.problem.unknown-parent", 3));
        assertThat(organizations.idsByName(List.of("Division " + marker, "Section " + marker))).isEmpty();
    }

    @Test
    void rowsThatFailTheFormsRulesAreRejectedWithTheirCells() throws IOException {
        ImportReport report = run(DuplicateMode.SKIP, List.of(
                row(null, "X".repeat(41), "Bank", null, "Atlantis", null, null, "abc")));

        assertThat(report.outcomes().getFirst().problems()).extracting(CellProblem::messageKey).containsExactly(
                "importexport.problem.required", "importexport.problem.too-long",
                "importexport.problem.unknown-organization-kind", "importexport.problem.unknown-country",
                "importexport.problem.bad-id");
    }

    @Test
    void skipLeavesAnOrganisationOfTheSameNameAsItIs() throws IOException {
        OrganizationRow mission = existing("Mission " + marker, null, OrganizationKind.OTHER, null, null, "Old");

        ImportReport report = run(DuplicateMode.SKIP, List.of(
                row("MISSION " + marker, "MSN", "Embassy", null, "France", null, "New", null)));

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().reasonKey())
                .isEqualTo("importexport.reason.matched-organization-name");
        OrganizationRow after = organizations.find(mission.id()).orElseThrow();
        assertThat(after.toDraft()).isEqualTo(mission.toDraft());
        assertThat(after.version()).isEqualTo(mission.version());
    }

    @Test
    void updateOverwritesTheGivenFieldsAndKeepsTheOthers() throws IOException {
        OrganizationRow mission = existing("Mission " + marker, "OLD", OrganizationKind.EMBASSY, "FR",
                "https://old.example", "Old notes");

        ImportReport report = run(DuplicateMode.UPDATE, List.of(
                row("Mission " + marker, "NEW", "Permanent mission", null, null, null, "New notes", null)));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.outcomes().getFirst().changes()).extracting(FieldChange::field, FieldChange::before,
                FieldChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrganizationField.ACRONYM, "OLD", "NEW"),
                org.assertj.core.groups.Tuple.tuple(OrganizationField.KIND, "Embassy", "Permanent mission"),
                org.assertj.core.groups.Tuple.tuple(OrganizationField.NOTES, "Old notes", "New notes"));
        OrganizationRow updated = organizations.find(mission.id()).orElseThrow();
        assertThat(updated.acronym()).isEqualTo("NEW");
        assertThat(updated.kind()).isEqualTo(OrganizationKind.PERMANENT_MISSION);
        assertThat(updated.notes()).isEqualTo("New notes");
        assertThat(updated.countryCode()).isEqualTo("FR");
        assertThat(updated.website()).isEqualTo("https://old.example");
    }

    @Test
    void fillOnlySetsTheFieldsThatWereEmpty() throws IOException {
        OrganizationRow mission = existing("Mission " + marker, "OLD", OrganizationKind.OTHER, null, null,
                "Old notes");

        ImportReport report = run(DuplicateMode.FILL, List.of(
                row("Mission " + marker, "NEW", "NGO", null, "Kenya", "https://new.example", "New notes", null)));

        assertThat(report.updated()).isEqualTo(1);
        OrganizationRow filled = organizations.find(mission.id()).orElseThrow();
        assertThat(filled.acronym()).isEqualTo("OLD");
        assertThat(filled.notes()).isEqualTo("Old notes");
        assertThat(filled.kind()).as("OTHER counts as empty").isEqualTo(OrganizationKind.NGO);
        assertThat(filled.countryCode()).isEqualTo("KE");
        assertThat(filled.website()).isEqualTo("https://new.example");
    }

    @Test
    void createMakesANewOrganisationEvenWhenOneHasTheName() throws IOException {
        OrganizationRow mission = existing("Mission " + marker, null, OrganizationKind.OTHER, null, null, null);

        ImportReport report = run(DuplicateMode.CREATE, List.of(row("Mission " + marker, null, null, null, null, null,
                null, null)));

        assertThat(report.created()).isEqualTo(1);
        assertThat(organizations.list(new org.interlocutor.organization.OrganizationFilter("Mission " + marker, null,
                null, false, null), org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .extracting(OrganizationRow::id).hasSize(2).contains(mission.id());
    }

    @Test
    void anOrganisationCannotBeMadePartOfItsOwnUnit() throws IOException {
        OrganizationRow chancery = existing("Chancery " + marker, null, OrganizationKind.ICC, null, null, null);
        OrganizationRow section = organizations.create(new OrganizationDraft("Section " + marker, null,
                OrganizationKind.ICC, null, chancery.id(), null, null));

        ImportReport report = run(DuplicateMode.UPDATE, List.of(
                row("Chancery " + marker, null, null, "Section " + marker, null, null, null, null)));

        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.outcomes().getFirst().problems()).extracting(CellProblem::messageKey)
                .containsExactly("importexport.problem.parent-cycle");
        assertThat(organizations.find(chancery.id()).orElseThrow().parentId()).isNull();
        assertThat(organizations.find(section.id()).orElseThrow().parentId()).isEqualTo(chancery.id());
    }

    @Test
    void theSameOrganisationTwiceInAFileIsImportedOnce() throws IOException {
        ImportReport report = run(DuplicateMode.UPDATE, List.of(
                row("Twice " + marker, null, null, null, null, null, null, null),
                row("TWICE " + marker, null, null, null, null, null, null, null)));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.outcomes().get(1).reasonKey()).isEqualTo("importexport.reason.same-organization-as-row");
        assertThat(report.outcomes().get(1).reasonArgs()).containsExactly(2);
    }

    @Test
    void undoRemovesTheCreatedOrganisationsAndRestoresTheUpdatedOnes() throws IOException {
        OrganizationRow mission = existing("Mission " + marker, "OLD", OrganizationKind.EMBASSY, "FR", null,
                "Old notes");
        ImportReport report = run(DuplicateMode.UPDATE, List.of(
                row("Mission " + marker, "NEW", null, null, null, null, "New notes", null),
                row("Section " + marker, null, null, "Mission " + marker, null, null, null, null)));
        assertThat(report.written()).isTrue();
        assertThat(organizations.find(mission.id()).orElseThrow().acronym()).isEqualTo("NEW");

        imports.undo(java.util.Objects.requireNonNull(report.batchId()));

        OrganizationRow restored = organizations.find(mission.id()).orElseThrow();
        assertThat(restored.toDraft()).isEqualTo(mission.toDraft());
        assertThat(organizations.idsByName(List.of("Section " + marker))).isEqualTo(Map.of());
    }
}
