package org.interlocutor.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** Campaigns: editing by managers, stale edits, archiving, the list's filter and the pickers' order. */
@IntegrationTest
@WithStaff(username = "campaign.manager", role = Role.MANAGER)
class CampaignServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    CampaignService campaigns;
    @Autowired
    TestUsers testUsers;

    private final String marker = "cmp" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void createdCampaignKeepsWhatWasEntered() {
        CampaignDetails created = campaigns.create(new CampaignDraft("  Field presence " + marker + " ",
                "Offices where the crimes happened.", "Keep the Bangui office open\nA field presence policy\n",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), CampaignStatus.ACTIVE));

        assertThat(created.toDraft()).isEqualTo(new CampaignDraft("Field presence " + marker,
                "Offices where the crimes happened.", "Keep the Bangui office open\nA field presence policy",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), CampaignStatus.ACTIVE));
        assertThat(created.archived()).isFalse();
        assertThat(created.createdBy()).isEqualTo("campaign.manager");
        assertThat(created.updatedBy()).isEqualTo("campaign.manager");
        assertThat(campaigns.find(created.id())).contains(created);
    }

    @Test
    void blankTextsAndMissingDatesAreKeptAsNothing() {
        CampaignDetails created = campaigns.create(new CampaignDraft("Open-ended " + marker, "  ", "", null, null,
                CampaignStatus.PLANNED));

        assertThat(created.description()).isNull();
        assertThat(created.objectives()).isNull();
        assertThat(created.startsOn()).isNull();
        assertThat(created.endsOn()).isNull();
    }

    @Test
    void updateChangesTheCampaign() {
        CampaignDetails created = create("Outreach " + marker, CampaignStatus.PLANNED);

        CampaignDetails updated = campaigns.update(created.id(), created.version(), new CampaignDraft(
                "Outreach to affected communities " + marker, "Radio and town halls.", "Two languages per situation",
                LocalDate.of(2026, 3, 1), null, CampaignStatus.ACTIVE));

        assertThat(updated.name()).isEqualTo("Outreach to affected communities " + marker);
        assertThat(updated.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(updated.startsOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(campaigns.find(created.id()).orElseThrow().objectives()).isEqualTo("Two languages per situation");
    }

    @Test
    void staleEditIsRefusedAndNothingIsOverwritten() {
        CampaignDetails opened = create("Completion strategies " + marker, CampaignStatus.ACTIVE);
        campaigns.update(opened.id(), opened.version(), withName(opened, "First save " + marker));

        assertThatThrownBy(() -> campaigns.update(opened.id(), opened.version(),
                withName(opened, "Second save " + marker))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> campaigns.setArchived(opened.id(), opened.version(), true))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> campaigns.update(Long.MAX_VALUE, 0, withName(opened, "Gone " + marker)))
                .as("a campaign erased meanwhile").isInstanceOf(StaleRecordException.class);

        CampaignDetails current = campaigns.find(opened.id()).orElseThrow();
        assertThat(current.name()).isEqualTo("First save " + marker);
        assertThat(current.archived()).isFalse();
    }

    @Test
    void archivedCampaignLeavesTheListAndPickersUntilRestored() {
        CampaignDetails created = create("Rights of the child " + marker, CampaignStatus.ACTIVE);

        CampaignDetails archived = campaigns.setArchived(created.id(), created.version(), true);

        assertThat(archived.archived()).isTrue();
        assertThat(listed(new CampaignFilter(marker, Set.of(), false))).isEmpty();
        assertThat(campaigns.count(new CampaignFilter(marker, Set.of(), false))).isZero();
        assertThat(listed(new CampaignFilter(marker, Set.of(), true))).containsExactly(created.id());
        assertThat(campaigns.suggest(marker, FIRST_PAGE)).isEmpty();
        assertThat(campaigns.byIds(List.of(created.id()))).as("still named where it was used")
                .containsOnlyKeys(created.id());
        assertThat(campaigns.find(created.id())).as("still reachable by its page").isPresent();

        CampaignDetails restored = campaigns.setArchived(archived.id(), archived.version(), false);

        assertThat(restored.archived()).isFalse();
        assertThat(listed(new CampaignFilter(marker, Set.of(), false))).containsExactly(created.id());
        assertThat(campaigns.suggest(marker, FIRST_PAGE)).extracting(CampaignRow::id).containsExactly(created.id());
    }

    @Test
    void listFiltersByNameIgnoringAccentsAndCaseAndByStatuses() {
        CampaignDetails reparations = create("Réparations " + marker, CampaignStatus.ACTIVE);
        CampaignDetails asp = create("ASP 25 " + marker, CampaignStatus.PLANNED);
        CampaignDetails review = create("Expert review " + marker, CampaignStatus.ON_HOLD);

        assertThat(listed(new CampaignFilter("REPARATIONS " + marker, Set.of(), false)))
                .containsExactly(reparations.id());
        assertThat(listed(new CampaignFilter(marker, Set.of(), false)))
                .as("by name when no order is asked for").containsExactly(asp.id(), review.id(), reparations.id());
        assertThat(listed(new CampaignFilter(marker, EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.ON_HOLD),
                false))).containsExactly(review.id(), reparations.id());
        assertThat(campaigns.count(new CampaignFilter(marker, EnumSet.of(CampaignStatus.PLANNED), false)))
                .isEqualTo(1);
        assertThat(campaigns.count(new CampaignFilter(marker, Set.of(), false))).isEqualTo(3);
        assertThat(listed(new CampaignFilter("100% " + marker, Set.of(), false)))
                .as("wildcards typed are taken literally").isEmpty();
    }

    @Test
    void theListSortsAsAskedWithTiesInAStableOrder() {
        CampaignDetails later = campaigns.create(new CampaignDraft("A later one " + marker, null, null,
                LocalDate.of(2027, 1, 1), null, CampaignStatus.PLANNED));
        CampaignDetails earlier = campaigns.create(new CampaignDraft("B earlier one " + marker, null, null,
                LocalDate.of(2025, 1, 1), null, CampaignStatus.PLANNED));
        CampaignDetails undated = campaigns.create(new CampaignDraft("C undated " + marker, null, null, null, null,
                CampaignStatus.PLANNED));

        assertThat(campaigns.list(new CampaignFilter(marker, Set.of(), false),
                PageRequest.of(0, 10, Sort.by("startsOn"))).getContent()).extracting(CampaignRow::id)
                .containsExactly(earlier.id(), later.id(), undated.id());
        assertThat(campaigns.list(new CampaignFilter(marker, Set.of(), false),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "startsOn"))).getContent())
                .extracting(CampaignRow::id).as("undated last either way")
                .containsExactly(later.id(), earlier.id(), undated.id());
        assertThat(campaigns.list(new CampaignFilter(marker, Set.of(), false),
                PageRequest.of(0, 10, Sort.by("status"))).getContent()).extracting(CampaignRow::id)
                .as("equal statuses: by id").containsExactly(later.id(), earlier.id(), undated.id());
    }

    @Test
    void suggestionsOfferPlannedAndActiveCampaignsFirstThenByName() {
        CampaignDetails completed = create("Alpha " + marker, CampaignStatus.COMPLETED);
        CampaignDetails onHold = create("Bravo " + marker, CampaignStatus.ON_HOLD);
        CampaignDetails active = create("Delta " + marker, CampaignStatus.ACTIVE);
        CampaignDetails planned = create("Charlie " + marker, CampaignStatus.PLANNED);
        CampaignDetails archived = create("Echo " + marker, CampaignStatus.ACTIVE);
        campaigns.setArchived(archived.id(), archived.version(), true);

        assertThat(campaigns.suggest(marker, PageRequest.of(0, 10, Sort.by("id"))))
                .extracting(CampaignRow::id)
                .containsExactly(planned.id(), active.id(), completed.id(), onHold.id());
        assertThat(campaigns.suggest(marker, PageRequest.of(1, 2))).extracting(CampaignRow::id)
                .as("the second page").containsExactly(completed.id(), onHold.id());
        assertThat(campaigns.suggest("ÉCHO " + marker, FIRST_PAGE)).isEmpty();
        assertThat(campaigns.suggest("delta " + marker.toUpperCase(), FIRST_PAGE)).extracting(CampaignRow::id)
                .containsExactly(active.id());
    }

    @Test
    void byIdsNamesEveryCampaignAskedForThatExists() {
        CampaignDetails first = create("First " + marker, CampaignStatus.ACTIVE);
        CampaignDetails second = create("Second " + marker, CampaignStatus.COMPLETED);

        assertThat(campaigns.byIds(List.of(first.id(), second.id(), Long.MAX_VALUE)))
                .containsOnlyKeys(first.id(), second.id())
                .containsEntry(second.id(), second.row());
        assertThat(campaigns.byIds(List.of())).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("Backwards " + marker, null, null,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), CampaignStatus.PLANNED)))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("endsOn");
                    assertThat(refused.messageKey()).isEqualTo("error.dates-out-of-order");
                });
        CampaignDetails created = campaigns.create(new CampaignDraft("One day " + marker, null, null,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), CampaignStatus.PLANNED));
        assertThatThrownBy(() -> campaigns.update(created.id(), created.version(), new CampaignDraft(
                created.name(), null, null, created.startsOn(), LocalDate.of(2026, 1, 1), CampaignStatus.PLANNED)))
                .isInstanceOf(InvalidFieldException.class);

        assertThat(campaigns.count(new CampaignFilter(marker, Set.of(), true))).isEqualTo(1);
        assertThat(campaigns.find(created.id()).orElseThrow().endsOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void draftsBreakingTheRulesAreRefusedByValidation() {
        assertThatThrownBy(() -> create(" ", CampaignStatus.ACTIVE)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> create(marker + "x".repeat(200), CampaignStatus.ACTIVE))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("Long " + marker, "x".repeat(4001), null, null,
                null, CampaignStatus.ACTIVE))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("No status " + marker, null, null, null, null,
                nothing()))).isInstanceOf(ConstraintViolationException.class);

        assertThat(campaigns.count(new CampaignFilter(marker, Set.of(), true))).isZero();
    }

    @Test
    void officersAndViewersReadCampaignsButCannotChangeThem() {
        CampaignDetails created = create("Universal ratification " + marker, CampaignStatus.ACTIVE);

        for (Role role : List.of(Role.OFFICER, Role.VIEWER)) {
            testUsers.runAs("campaign." + role.name().toLowerCase(), role, () -> {
                assertThat(campaigns.find(created.id())).isPresent();
                assertThat(listed(new CampaignFilter(marker, Set.of(), false))).containsExactly(created.id());
                assertThat(campaigns.suggest(marker, FIRST_PAGE)).hasSize(1);
                assertThatThrownBy(() -> create("Theirs " + marker, CampaignStatus.PLANNED))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> campaigns.update(created.id(), created.version(),
                        withName(created, "Renamed " + marker))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> campaigns.setArchived(created.id(), created.version(), true))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }

        CampaignDetails unchanged = campaigns.find(created.id()).orElseThrow();
        assertThat(unchanged).isEqualTo(created);
        testUsers.runAs("campaign.admin", Role.ADMIN, () -> assertThat(campaigns.setArchived(created.id(),
                created.version(), true).archived()).as("administrators may").isTrue());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private CampaignDetails create(String name, CampaignStatus status) {
        return campaigns.create(new CampaignDraft(name, null, null, null, null, status));
    }

    private List<Long> listed(CampaignFilter filter) {
        return campaigns.list(filter, FIRST_PAGE).getContent().stream().map(CampaignRow::id).toList();
    }

    private static CampaignDraft withName(CampaignDetails details, String name) {
        return new CampaignDraft(name, details.description(), details.objectives(), details.startsOn(),
                details.endsOn(), details.status());
    }

    /** A null where the type says none may be, as a form left empty would send it. */
    @SuppressWarnings("NullAway")
    private static CampaignStatus nothing() {
        return null;
    }
}
