package org.interlocutor.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationFilter;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.WithStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Organisations exported as their list filters them, with every field an import reads back. */
@IntegrationTest
@WithStaff(username = "org.export.officer", role = Role.OFFICER)
class OrganizationExportTest {

    @Autowired
    ExportService exports;
    @Autowired
    OrganizationService organizations;
    @Autowired
    ImportService imports;

    private final String marker = "oe" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void theListsFilterChoosesTheOrganisationsAndEachFieldHasItsColumn() {
        OrganizationRow mission = organizations.create(new OrganizationDraft("Mission " + marker, "PM" + marker,
                OrganizationKind.PERMANENT_MISSION, "KE", null, "https://example.org", "=1+1 notes"));
        organizations.create(new OrganizationDraft("Embassy " + marker, null, OrganizationKind.EMBASSY, null,
                mission.id(), null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportOrganizations(new OrganizationFilter(marker, OrganizationKind.PERMANENT_MISSION,
                null, false, null), org.springframework.data.domain.Sort.unsorted(), "q=" + marker + "&kind=PERMANENT_MISSION", ExportFormat.CSV, Locale.FRENCH,
                ZoneOffset.UTC, out, ExportProgress.NONE);

        assertThat(rows).isEqualTo(1);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFIdentifiant Interlocutor,Nom,Sigle,Type,Rattachement,Pays,"
                + "Site web,Notes");
        assertThat(lines.get(1)).isEqualTo(mission.id() + ",Mission " + marker + ",PM" + marker
                + ",Mission permanente,,Kenya,https://example.org,'=1+1 notes");
    }

    @Test
    void onlyTheTickedOrganisationsAreExportedInTheOrderTheyWereTicked() {
        OrganizationRow first = organizations.create(new OrganizationDraft("Alpha " + marker, null,
                OrganizationKind.NGO, null, null, null, null));
        organizations.create(new OrganizationDraft("Beta " + marker, null, OrganizationKind.NGO, null, null, null,
                null));
        OrganizationRow third = organizations.create(new OrganizationDraft("Gamma " + marker, null,
                OrganizationKind.NGO, null, null, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = exports.exportSelectedOrganizations(List.of(third.id(), first.id()), ExportFormat.CSV,
                Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE);

        assertThat(rows).isEqualTo(2);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(third.id() + ",Gamma " + marker);
        assertThat(lines.get(2)).startsWith(first.id() + ",Alpha " + marker);
    }

    @Test
    void anEditedExportImportedInUpdateModeUpdatesTheSameOrganisations() throws Exception {
        OrganizationRow mission = organizations.create(new OrganizationDraft("Mission " + marker, null,
                OrganizationKind.PERMANENT_MISSION, "KE", null, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportOrganizations(new OrganizationFilter(marker, null, null, false, null),
                org.springframework.data.domain.Sort.unsorted(), "q=" + marker,
                ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out, ExportProgress.NONE);
        String edited = out.toString(StandardCharsets.UTF_8).replace(",,Kenya,,", ",,Kenya,https://kenya.example,");

        ImportReport report;
        try (ImportFile file = imports.open(new java.io.ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)),
                "organisations.csv")) {
            String sheet = file.sheetNames().getFirst();
            SheetLayout layout = imports.layout(file, sheet, ImportType.ORGANIZATIONS, java.util.Optional.empty());
            report = imports.run(file, new ImportRequest(ImportType.ORGANIZATIONS, sheet, layout.headerRowNumber(),
                    layout.mapping(), DuplicateMode.UPDATE, org.interlocutor.shared.Sensitivity.NORMAL, false, false,
                    false), ImportProgress.NONE, Locale.ENGLISH);
        }

        assertThat(report.updated()).as(report.outcomes().toString()).isEqualTo(1);
        assertThat(report.created()).isZero();
        assertThat(organizations.find(mission.id()).orElseThrow().website()).isEqualTo("https://kenya.example");
    }

    @Test
    void theExportFollowsTheGridsSort() {
        organizations.create(new OrganizationDraft("Alpha " + marker, null, OrganizationKind.NGO, null, null, null,
                null));
        organizations.create(new OrganizationDraft("Beta " + marker, null, OrganizationKind.NGO, null, null, null,
                null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.exportOrganizations(new OrganizationFilter(marker, null, null, false, null),
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
                        "sortName"), "q=" + marker, ExportFormat.CSV, Locale.ENGLISH, ZoneOffset.UTC, out,
                ExportProgress.NONE);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(1)).contains(",Beta " + marker + ",");
        assertThat(lines.get(2)).contains(",Alpha " + marker + ",");
    }
}
