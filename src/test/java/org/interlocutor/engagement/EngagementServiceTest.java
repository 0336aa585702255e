package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.InvalidFieldException;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.interlocutor.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Logging, editing and deleting engagements: what is kept, what is refused, and the dates and keys kept with them. */
@IntegrationTest
@WithStaff(username = "eng.officer", role = Role.OFFICER)
class EngagementServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    private static final Instant MARCH_3 = Instant.parse("2026-03-03T09:30:00Z");

    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;

    private final String marker = "eng" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ContactDetails contact(String familyName, Sensitivity sensitivity) {
        ContactDraft draft = ContactDraft.of("Amina", familyName + " " + marker, StakeholderCategory.CIVIL_SOCIETY);
        return contacts.create(draft.withSensitivity(sensitivity, null), null);
    }

    private EngagementDraft meeting(Instant at, Set<Long> participants) {
        long me = testUsers.ensure("eng.officer", Role.OFFICER).id();
        return new EngagementDraft(EngagementKind.MEETING, at, at.plus(1, ChronoUnit.HOURS), "The Hague",
                "Field presence " + marker, "Discussed the liaison office " + marker, "Agreed to write",
                participants, Set.of(), Set.of(me), Set.of(), Sensitivity.NORMAL, List.of());
    }

    private LocalDate lastEngaged(long contactId) {
        return contacts.find(contactId).orElseThrow().lastEngagedOn();
    }

    @Test
    void loggedEngagementKeepsWhatWasEnteredAndDatesItsParticipants() {
        ContactDetails amina = contact("Diallo", Sensitivity.NORMAL);
        ContactDetails omar = contact("Haidari", Sensitivity.NORMAL);

        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id(), omar.id())));

        EngagementRow row = logged.row();
        assertThat(row.kind()).isEqualTo(EngagementKind.MEETING);
        assertThat(row.startedAt()).isEqualTo(MARCH_3);
        assertThat(row.title()).isEqualTo("Field presence " + marker);
        assertThat(row.participants()).extracting(Ref::id).containsExactlyInAnyOrder(amina.id(), omar.id());
        assertThat(row.staff()).extracting(Ref::name).containsExactly("Eng officer");
        assertThat(logged.createdBy()).isEqualTo("eng.officer");
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(lastEngaged(omar.id())).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(engagements.rows(EngagementFilter.ofContact(amina.id()), FIRST_PAGE))
                .extracting(EngagementRow::id).containsExactly(logged.id());
    }

    @Test
    void loggingDoesNotMakeAnOpenEditOfTheParticipantGoStale() {
        ContactDetails amina = contact("Stale", Sensitivity.NORMAL);

        engagements.create(meeting(MARCH_3, Set.of(amina.id())));

        assertThat(contacts.find(amina.id()).orElseThrow().version()).isEqualTo(amina.version());
    }

    @Test
    void editingTheDateOrTheParticipantsMovesTheLastEngagementDates() {
        ContactDetails amina = contact("Mover", Sensitivity.NORMAL);
        ContactDetails omar = contact("Leaver", Sensitivity.NORMAL);
        EngagementDetails earlier = engagements.create(meeting(MARCH_3, Set.of(omar.id())));
        EngagementDetails logged = engagements.create(meeting(MARCH_3.plus(10, ChronoUnit.DAYS),
                Set.of(amina.id(), omar.id())));
        assertThat(lastEngaged(omar.id())).isEqualTo(LocalDate.of(2026, 3, 13));

        EngagementDetails moved = engagements.update(logged.id(), logged.version(),
                meeting(MARCH_3.plus(20, ChronoUnit.DAYS), Set.of(amina.id())));

        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(lastEngaged(omar.id())).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(moved.version()).isGreaterThan(logged.version());
        assertThat(engagements.rows(EngagementFilter.ofContact(omar.id()), FIRST_PAGE))
                .extracting(EngagementRow::id).containsExactly(earlier.id());
    }

    @Test
    void deletingRemovesTheEngagementFromTimelinesAndDatesAndRestoringBringsItBack() {
        ContactDetails amina = contact("Deleted", Sensitivity.NORMAL);
        engagements.create(meeting(MARCH_3, Set.of(amina.id())));
        EngagementDetails latest = engagements.create(meeting(MARCH_3.plus(5, ChronoUnit.DAYS), Set.of(amina.id())));

        engagements.delete(latest.id(), latest.version());

        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(engagements.find(latest.id())).isEmpty();
        assertThat(engagements.rows(EngagementFilter.ofContact(amina.id()), FIRST_PAGE)).hasSize(1);

        engagements.restore(latest.id());

        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(engagements.count(EngagementFilter.ofContact(amina.id()))).isEqualTo(2);
    }

    @Test
    void deletingTheOnlyEngagementClearsTheDate() {
        ContactDetails amina = contact("Only", Sensitivity.NORMAL);
        EngagementDetails only = engagements.create(meeting(MARCH_3, Set.of(amina.id())));

        engagements.delete(only.id(), only.version());

        assertThat(lastEngaged(amina.id())).isNull();
    }

    @Test
    void anEngagementIsAtLeastAsSensitiveAsItsMostSensitiveParticipant() {
        ContactDetails amina = contact("Normal", Sensitivity.NORMAL);
        ContactDetails secret = contact("Secret", Sensitivity.CONFIDENTIAL);

        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id(), secret.id())));
        assertThat(logged.row().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);

        EngagementDetails lowered = engagements.update(logged.id(), logged.version(),
                meeting(MARCH_3, Set.of(amina.id(), secret.id())).withSensitivity(Sensitivity.NORMAL));
        assertThat(lowered.row().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);

        EngagementDetails chosen = engagements.create(meeting(MARCH_3, Set.of(amina.id()))
                .withSensitivity(Sensitivity.RESTRICTED));
        assertThat(chosen.row().sensitivity()).isEqualTo(Sensitivity.RESTRICTED);
    }

    @Test
    void makingAParticipantMoreSensitiveRaisesTheirEngagements() {
        ContactDetails amina = contact("Raised", Sensitivity.NORMAL);
        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id())));

        contacts.update(amina.id(), amina.version(), amina.draft().withSensitivity(Sensitivity.CONFIDENTIAL,
                amina.draft().ownerId()));

        assertThat(engagements.find(logged.id()).orElseThrow().row().sensitivity())
                .isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(testUsers.as("eng.outsider", Role.MANAGER, () -> engagements.rows(
                EngagementFilter.NONE.withText(marker), FIRST_PAGE))).isEmpty();
    }

    @Test
    void aColleagueWhoCannotSeeAParticipantEditsWithoutDroppingThem() {
        long colleague = testUsers.ensure("eng.colleague", Role.OFFICER).id();
        long me = testUsers.ensure("eng.officer", Role.OFFICER).id();
        ContactDetails amina = contact("Visible", Sensitivity.NORMAL);
        ContactDetails secret = contact("Hidden", Sensitivity.CONFIDENTIAL);
        EngagementDraft draft = new EngagementDraft(EngagementKind.CALL, MARCH_3, null, null, "Call " + marker, null,
                null, Set.of(amina.id(), secret.id()), Set.of(), Set.of(me, colleague), Set.of(),
                Sensitivity.NORMAL, List.of());
        EngagementDetails logged = engagements.create(draft);

        EngagementDetails seenByColleague = testUsers.as("eng.colleague", Role.OFFICER,
                () -> engagements.find(logged.id()).orElseThrow());
        assertThat(seenByColleague.participants()).extracting(contact -> contact.id()).containsExactly(amina.id());
        assertThat(seenByColleague.row().participants()).extracting(Ref::id).containsExactly(amina.id());

        testUsers.runAs("eng.colleague", Role.OFFICER, () -> engagements.update(logged.id(),
                seenByColleague.version(), draft.withParticipants(Set.of(amina.id()))));

        assertThat(engagements.find(logged.id()).orElseThrow().participants()).extracting(contact -> contact.id())
                .containsExactlyInAnyOrder(amina.id(), secret.id());
        assertThat(lastEngaged(secret.id())).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aParticipantThePersonCannotSeeIsRefusedAsUnknown() {
        ContactDetails secret = testUsers.as("eng.someone", Role.OFFICER,
                () -> contact("Elsewhere", Sensitivity.CONFIDENTIAL));

        assertThatThrownBy(() -> engagements.create(meeting(MARCH_3, Set.of(secret.id()))))
                .isInstanceOfSatisfying(InvalidFieldException.class, error -> {
                    assertThat(error.field()).isEqualTo("participants");
                    assertThat(error.messageKey()).isEqualTo("engagement.error.unknown-participant");
                });
        assertThatThrownBy(() -> engagements.create(meeting(MARCH_3, Set.of(Long.MAX_VALUE))))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("engagement.error.unknown-participant"));
    }

    @Test
    void anEndBeforeTheStartOrNobodyAtAllIsRefused() {
        ContactDetails amina = contact("Order", Sensitivity.NORMAL);
        EngagementDraft draft = meeting(MARCH_3, Set.of(amina.id()));
        EngagementDraft backwards = new EngagementDraft(draft.kind(), MARCH_3, MARCH_3.minusSeconds(60),
                draft.place(), draft.title(), draft.notes(), draft.outcome(), draft.participantIds(), Set.of(),
                draft.staffIds(), Set.of(), Sensitivity.NORMAL, List.of());

        assertThatThrownBy(() -> engagements.create(backwards)).isInstanceOfSatisfying(InvalidFieldException.class,
                error -> assertThat(error.field()).isEqualTo("endedAt"));
        assertThatThrownBy(() -> engagements.create(draft.withParticipants(Set.of())))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        error -> assertThat(error.field()).isEqualTo("participants"));
        assertThat(engagements.count(EngagementFilter.NONE.withText(marker))).isZero();
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        ContactDetails amina = contact("Twice", Sensitivity.NORMAL);
        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id())));
        engagements.update(logged.id(), logged.version(), meeting(MARCH_3.plus(1, ChronoUnit.DAYS),
                Set.of(amina.id())));

        assertThatThrownBy(() -> engagements.update(logged.id(), logged.version(),
                meeting(MARCH_3.plus(9, ChronoUnit.DAYS), Set.of(amina.id()))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(lastEngaged(amina.id())).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    @WithStaff(username = "eng.viewer", role = Role.VIEWER)
    void aViewerCannotLogAnEngagement() {
        assertThatThrownBy(() -> engagements.create(meeting(MARCH_3, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheOwnerOrAManagerDeletes() {
        long colleague = testUsers.ensure("eng.colleague", Role.OFFICER).id();
        ContactDetails amina = contact("Owner", Sensitivity.NORMAL);
        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id())));

        assertThat(testUsers.as("eng.colleague", Role.OFFICER, () -> engagements.find(logged.id()).orElseThrow())
                .deletable()).isFalse();
        assertThatThrownBy(() -> testUsers.runAs("eng.colleague", Role.OFFICER,
                () -> engagements.delete(logged.id(), logged.version())))
                .isInstanceOf(UserFacingException.class);
        testUsers.runAs("eng.manager", Role.MANAGER, () -> engagements.delete(logged.id(), logged.version()));
        assertThat(engagements.find(logged.id())).isEmpty();
        assertThat(colleague).isPositive();
    }

    // ---- follow-ups ----------------------------------------------------------------------------------------

    @Test
    void followUpsLoggedWithTheEngagementLandInTheAssigneesList() {
        long colleague = testUsers.ensure("eng.assignee", Role.OFFICER).id();
        ContactDetails amina = contact("Follow", Sensitivity.NORMAL);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id())).withFollowUps(List.of(
                new FollowUpDraft("Send the letter " + marker, colleague, due, Set.of(amina.id())))));

        assertThat(logged.followUps()).singleElement().satisfies(followUp -> {
            assertThat(followUp.assigneeName()).isEqualTo("Eng assignee");
            assertThat(followUp.contacts()).extracting(Ref::id).containsExactly(amina.id());
            assertThat(followUp.status()).isEqualTo(FollowUpStatus.OPEN);
        });
        List<FollowUpRow> overdue = testUsers.as("eng.assignee", Role.OFFICER,
                () -> followUps.mine(FollowUpWindow.OVERDUE, PageRequest.of(0, 500)));
        assertThat(overdue).extracting(FollowUpRow::description).contains("Send the letter " + marker);
        assertThat(followUps.ofContact(amina.id(), FIRST_PAGE)).hasSize(1);
    }

    @Test
    void anAssigneeMayReadTheRestrictedEngagementOfTheirFollowUp() {
        long colleague = testUsers.ensure("eng.helper", Role.OFFICER).id();
        ContactDetails secret = contact("Assigned", Sensitivity.CONFIDENTIAL);
        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(secret.id())));
        FollowUpRow followUp = followUps.add(logged.id(), new FollowUpDraft("Call back " + marker,
                testUsers.ensure("eng.officer", Role.OFFICER).id(), LocalDate.now(ZoneOffset.UTC).plusDays(30),
                Set.of()));
        assertThat(testUsers.as("eng.helper", Role.OFFICER, () -> engagements.find(logged.id()))).isEmpty();

        followUps.reassign(followUp.id(), followUp.version(), colleague);

        EngagementDetails seen = testUsers.as("eng.helper", Role.OFFICER,
                () -> engagements.find(logged.id()).orElseThrow());
        assertThat(seen.participants()).isEmpty();
        assertThat(testUsers.as("eng.helper", Role.OFFICER, () -> followUps.mine(FollowUpWindow.LATER,
                PageRequest.of(0, 500)))).extracting(FollowUpRow::id).contains(followUp.id());
    }

    @Test
    void doneAndMovedFollowUpsLeaveOrChangeTheirWindow() {
        ContactDetails amina = contact("Windows", Sensitivity.NORMAL);
        long me = testUsers.ensure("eng.officer", Role.OFFICER).id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        EngagementDetails logged = engagements.create(meeting(MARCH_3, Set.of(amina.id())).withFollowUps(List.of(
                new FollowUpDraft("Overdue " + marker, me, today.minusDays(3), Set.of()),
                new FollowUpDraft("Later " + marker, me, today.plusDays(40), Set.of()))));
        FollowUpRow overdue = logged.followUps().stream().filter(f -> f.description().startsWith("Overdue"))
                .findFirst().orElseThrow();
        FollowUpRow later = logged.followUps().stream().filter(f -> f.description().startsWith("Later"))
                .findFirst().orElseThrow();
        long overdueBefore = followUps.myOverdueCount();

        followUps.close(overdue.id(), overdue.version(), FollowUpStatus.DONE);
        followUps.reschedule(later.id(), later.version(), today);

        assertThat(followUps.myOverdueCount()).isEqualTo(overdueBefore - 1);
        assertThat(followUps.mine(FollowUpWindow.THIS_WEEK, PageRequest.of(0, 500)))
                .extracting(FollowUpRow::id).contains(later.id());
        assertThat(followUps.mine(FollowUpWindow.LATER, PageRequest.of(0, 500)))
                .extracting(FollowUpRow::id).doesNotContain(later.id());
        assertThatThrownBy(() -> followUps.close(later.id(), later.version(), FollowUpStatus.DONE))
                .isInstanceOf(StaleRecordException.class);
    }
}
