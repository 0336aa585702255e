package org.interlocutor.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** Organisations and their tree: editing, archiving, the parent rules, lineage and sub-unit counts. */
@IntegrationTest
@WithStaff(username = "org.officer", role = Role.OFFICER)
class OrganizationServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50, Sort.by("sortName"));

    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;

    private final String marker = "org" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void createdOrganisationKeepsWhatWasEntered() {
        OrganizationRow court = create("Court " + marker, null);

        OrganizationRow created = organizations.create(new OrganizationDraft("  Office of the Prosecutor " + marker,
                "OTP", OrganizationKind.ICC, "NL", court.id(), "https://www.icc-cpi.int", "The Hague"));

        assertThat(created.toDraft()).isEqualTo(new OrganizationDraft("Office of the Prosecutor " + marker, "OTP",
                OrganizationKind.ICC, "NL", court.id(), "https://www.icc-cpi.int", "The Hague"));
        assertThat(created.displayName()).isEqualTo("Office of the Prosecutor " + marker + " (OTP)");
        assertThat(created.parentName()).isEqualTo("Court " + marker);
        assertThat(created.updatedBy()).isEqualTo("org.officer");
        assertThat(created.archived()).isFalse();
        assertThat(organizations.find(created.id()).orElseThrow().toDraft()).isEqualTo(created.toDraft());
    }

    @Test
    void updateChangesTheOrganisation() {
        OrganizationRow created = create("Ministry of Justice " + marker, null);

        OrganizationRow updated = organizations.update(created.id(), created.version(), new OrganizationDraft(
                "Ministry of Justice and Human Rights " + marker, "MJHR", OrganizationKind.GOVERNMENT, "SN", null,
                null, "Dakar"));

        assertThat(updated.name()).isEqualTo("Ministry of Justice and Human Rights " + marker);
        assertThat(updated.acronym()).isEqualTo("MJHR");
        assertThat(updated.countryCode()).isEqualTo("SN");
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(organizations.find(created.id()).orElseThrow().notes()).isEqualTo("Dakar");
    }

    @Test
    void staleEditIsRefusedAndNothingIsOverwritten() {
        OrganizationRow opened = create("Embassy " + marker, null);
        organizations.update(opened.id(), opened.version(), withName(opened, "First save " + marker));

        assertThatThrownBy(() -> organizations.update(opened.id(), opened.version(),
                withName(opened, "Second save " + marker))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> organizations.setArchived(opened.id(), opened.version(), true))
                .isInstanceOf(StaleRecordException.class);

        OrganizationRow current = organizations.find(opened.id()).orElseThrow();
        assertThat(current.name()).isEqualTo("First save " + marker);
        assertThat(current.archived()).isFalse();
    }

    @Test
    void archivedOrganisationLeavesListsAndPickersUntilRestored() {
        OrganizationRow created = create("Embassy " + marker, null);

        OrganizationRow archived = organizations.setArchived(created.id(), created.version(), true);

        assertThat(archived.archived()).isTrue();
        assertThat(listed(new OrganizationFilter(marker, null, null, false, null))).isEmpty();
        assertThat(listed(new OrganizationFilter(marker, null, null, true, null))).containsExactly(created.id());
        assertThat(organizations.suggest(marker, FIRST_PAGE)).isEmpty();
        assertThat(organizations.find(created.id())).as("still reachable by its page").isPresent();

        OrganizationRow restored = organizations.setArchived(archived.id(), archived.version(), false);

        assertThat(restored.archived()).isFalse();
        assertThat(listed(new OrganizationFilter(marker, null, null, false, null))).containsExactly(created.id());
        assertThat(organizations.suggest(marker, FIRST_PAGE)).extracting(OrganizationRow::id)
                .containsExactly(created.id());
    }

    @Test
    void listFiltersByTextIgnoringAccentsAndByKindAndCountry() {
        OrganizationRow ministry = organizations.create(new OrganizationDraft("Ministère de la Justice " + marker,
                null, OrganizationKind.GOVERNMENT, "SN", null, null, null));
        OrganizationRow mission = organizations.create(new OrganizationDraft("Mission permanente " + marker,
                "MP" + marker, OrganizationKind.PERMANENT_MISSION, "FR", null, null, null));

        assertThat(listed(new OrganizationFilter("ministere de la JUSTICE " + marker, null, null, false, null)))
                .containsExactly(ministry.id());
        assertThat(listed(new OrganizationFilter("mp" + marker, null, null, false, null)))
                .as("by acronym").containsExactly(mission.id());
        assertThat(listed(new OrganizationFilter(marker, OrganizationKind.PERMANENT_MISSION, null, false, null)))
                .containsExactly(mission.id());
        assertThat(listed(new OrganizationFilter(marker, null, "SN", false, null))).containsExactly(ministry.id());
    }

    @Test
    void unknownCountryIsRefusedAndALowerCaseCodeIsKeptInUpperCase() {
        assertThatThrownBy(() -> organizations.create(new OrganizationDraft("Nowhere " + marker, null,
                OrganizationKind.OTHER, "XX", null, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("countryCode"));

        OrganizationRow created = organizations.create(new OrganizationDraft("Somewhere " + marker, null,
                OrganizationKind.OTHER, "ke", null, null, null));

        assertThat(created.countryCode()).isEqualTo("KE");
    }

    @Test
    void blankNameIsRefusedByValidation() {
        assertThatThrownBy(() -> organizations.create(new OrganizationDraft(" ", "X" + marker,
                OrganizationKind.OTHER, null, null, null, null)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void anOrganisationCannotBeItsOwnAncestor() {
        OrganizationRow court = create("Court " + marker, null);
        OrganizationRow registry = create("Registry " + marker, court.id());
        OrganizationRow section = create("Section " + marker, registry.id());

        assertParentRefused(court, court.id());
        assertParentRefused(court, registry.id());
        assertParentRefused(court, section.id());
        assertParentRefused(registry, section.id());

        assertThat(organizations.find(court.id()).orElseThrow().parentId()).isNull();
        assertThat(organizations.lineage(section.id())).extracting(OrganizationRow::id)
                .containsExactly(court.id(), registry.id(), section.id());
    }

    @Test
    void aUnitCanMoveUnderAnotherBranch() {
        OrganizationRow court = create("Court " + marker, null);
        OrganizationRow registry = create("Registry " + marker, court.id());
        OrganizationRow prosecutor = create("Prosecutor " + marker, court.id());
        OrganizationRow section = create("Section " + marker, registry.id());

        OrganizationRow moved = organizations.update(section.id(), section.version(), new OrganizationDraft(
                section.name(), null, section.kind(), null, prosecutor.id(), null, null));

        assertThat(moved.parentName()).isEqualTo("Prosecutor " + marker);
        assertThat(organizations.lineage(section.id())).extracting(OrganizationRow::id)
                .containsExactly(court.id(), prosecutor.id(), section.id());
    }

    @Test
    void unknownParentIsRefused() {
        assertThatThrownBy(() -> create("Orphan " + marker, Long.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("parentId");
                    assertThat(refused.messageKey()).isEqualTo("organization.error.unknown-parent");
                });
    }

    @Test
    void organisationWithActiveSubUnitsCannotBeArchived() {
        OrganizationRow court = create("Court " + marker, null);
        OrganizationRow registry = create("Registry " + marker, court.id());

        assertThatThrownBy(() -> organizations.setArchived(court.id(), court.version(), true))
                .isInstanceOfSatisfying(UserFacingException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("organization.error.archive-with-sub-units"));
        assertThat(organizations.find(court.id()).orElseThrow().archived()).isFalse();

        organizations.setArchived(registry.id(), registry.version(), true);
        OrganizationRow archived = organizations.setArchived(court.id(), court.version(), true);

        assertThat(archived.archived()).isTrue();
    }

    @Test
    void lineageRunsFromTheTopOfTheTreeDownToTheOrganisation() {
        OrganizationRow court = create("Court " + marker, null);
        OrganizationRow registry = create("Registry " + marker, court.id());
        OrganizationRow division = create("Division " + marker, registry.id());
        OrganizationRow section = create("Section " + marker, division.id());

        assertThat(organizations.lineage(section.id())).extracting(OrganizationRow::name)
                .containsExactly("Court " + marker, "Registry " + marker, "Division " + marker, "Section " + marker);
        assertThat(organizations.lineage(court.id())).extracting(OrganizationRow::id).containsExactly(court.id());
        assertThat(organizations.lineage(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theCourtsStructureIsThereFromTheStart() {
        long section = organizations.list(new OrganizationFilter("Victims Participation and Reparations Section",
                OrganizationKind.ICC, null, false, null), FIRST_PAGE).getContent().getFirst().id();

        assertThat(organizations.lineage(section)).extracting(OrganizationRow::displayName).containsExactly(
                "International Criminal Court (ICC)", "Registry", "Division of Judicial Services (DJS)",
                "Victims Participation and Reparations Section (VPRS)");
    }

    @Test
    void subUnitCountsCountOnlyActiveDirectSubUnits() {
        OrganizationRow court = create("Court " + marker, null);
        OrganizationRow registry = create("Registry " + marker, court.id());
        OrganizationRow presidency = create("Presidency " + marker, court.id());
        create("Section " + marker, registry.id());
        create("Other section " + marker, registry.id());
        organizations.setArchived(presidency.id(), presidency.version(), true);

        assertThat(organizations.find(court.id()).orElseThrow().subUnitCount()).isEqualTo(1);
        assertThat(organizations.find(registry.id()).orElseThrow().subUnitCount()).isEqualTo(2);
        assertThat(organizations.list(OrganizationFilter.subUnitsOf(court.id()), FIRST_PAGE).getContent())
                .extracting(OrganizationRow::id, OrganizationRow::subUnitCount)
                .containsExactly(tuple(registry.id(), 2L));
    }

    @Test
    void viewersMayReadButNotChangeOrganisations() {
        OrganizationRow created = create("Embassy " + marker, null);

        testUsers.runAs("org.viewer", Role.VIEWER, () -> {
            assertThat(organizations.find(created.id())).isPresent();
            assertThatThrownBy(() -> create("Viewer's " + marker, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organizations.update(created.id(), created.version(),
                    withName(created, "Renamed " + marker))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organizations.setArchived(created.id(), created.version(), true))
                    .isInstanceOf(AccessDeniedException.class);
        });

        OrganizationRow unchanged = organizations.find(created.id()).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(created.version());
        assertThat(unchanged.archived()).isFalse();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private OrganizationRow create(String name, Long parentId) {
        return organizations.create(new OrganizationDraft(name, null, OrganizationKind.ICC, null, parentId, null,
                null));
    }

    private void assertParentRefused(OrganizationRow unit, long parentId) {
        OrganizationRow current = organizations.find(unit.id()).orElseThrow();
        assertThatThrownBy(() -> organizations.update(current.id(), current.version(), new OrganizationDraft(
                current.name(), current.acronym(), current.kind(), current.countryCode(), parentId, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("parentId");
                    assertThat(refused.messageKey()).isEqualTo("organization.error.parent-cycle");
                });
    }

    private List<Long> listed(OrganizationFilter filter) {
        return organizations.list(filter, FIRST_PAGE).getContent().stream().map(OrganizationRow::id).toList();
    }

    private static OrganizationDraft withName(OrganizationRow row, String name) {
        return new OrganizationDraft(name, row.acronym(), row.kind(), row.countryCode(), row.parentId(),
                row.website(), row.notes());
    }
}
