package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
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
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Engagement grants made by hand on the engagement's page: a colleague granted access reads a confidential
 * engagement wherever engagements are read, until the grant is revoked; every change of who was present or holds a
 * follow-up keeps the grants; only the owner, managers and administrators change them; each change is audited.
 */
@IntegrationTest
@RecordApplicationEvents
@WithStaff(username = "eg.owner", role = Role.OFFICER)
class EngagementGrantsTest {

    private static final String GRANTEE = "eg.grantee";

    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ApplicationEvents events;

    private String marker = "";
    private long grantee;
    private ContactDetails person;
    private EngagementDetails meeting;

    /** A meeting made confidential by a confidential participant, its owner the only one present. */
    @BeforeEach
    void confidentialMeeting() {
        marker = "eg" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        grantee = testUsers.ensure(GRANTEE, Role.OFFICER).id();
        long owner = testUsers.ensure("eg.owner", Role.OFFICER).id();
        person = contacts.create(ContactDraft.of("Open", "Person " + marker, StakeholderCategory.CIVIL_SOCIETY),
                null);
        ContactDetails defender = contacts.create(ContactDraft.of("Guarded", "Defender " + marker,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, null), null);
        Instant at = Instant.parse("2026-02-02T10:00:00Z");
        meeting = engagements.create(new EngagementDraft(EngagementKind.MEETING, at, at.plus(1, ChronoUnit.HOURS),
                "Geneva", "Protection " + marker, "Relocation options " + marker, null,
                Set.of(person.id(), defender.id()), Set.of(), Set.of(owner), Set.of(), Sensitivity.NORMAL,
                List.of()));
        assertThat(meeting.row().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
    }

    private <T> T asGrantee(Supplier<T> read) {
        return testUsers.as(GRANTEE, Role.OFFICER, read);
    }

    private boolean granteeSeesTheMeetingEverywhere() {
        boolean byAddress = asGrantee(() -> engagements.find(meeting.id())).isPresent();
        List<Long> listed = asGrantee(() -> engagements.rows(EngagementFilter.NONE.withText(marker),
                PageRequest.of(0, 20))).stream().map(EngagementRow::id).toList();
        List<Long> timeline = asGrantee(() -> engagements.rows(EngagementFilter.ofContact(person.id()),
                PageRequest.of(0, 20))).stream().map(EngagementRow::id).toList();
        long counted = asGrantee(() -> engagements.count(EngagementFilter.NONE.withText(marker)));
        long timelineCount = asGrantee(() -> engagements.count(EngagementFilter.ofContact(person.id())));
        boolean everywhere = byAddress && listed.equals(List.of(meeting.id()))
                && timeline.equals(List.of(meeting.id())) && counted == 1 && timelineCount == 1;
        boolean nowhere = !byAddress && listed.isEmpty() && timeline.isEmpty() && counted == 0
                && timelineCount == 0;
        assertThat(everywhere || nowhere).as("the same answer through every path").isTrue();
        return everywhere;
    }

    @Test
    void aGrantShowsAConfidentialEngagementInListsTimelinesCountsAndByAddressAndARevokeHidesItAgain() {
        assertThat(granteeSeesTheMeetingEverywhere()).isFalse();

        EngagementDetails granted = engagements.grantAccess(meeting.id(), grantee);

        assertThat(granted.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.displayName()).isEqualTo("Eg grantee");
            assertThat(grant.grantedBy()).isEqualTo("eg.owner");
        });
        assertThat(granteeSeesTheMeetingEverywhere()).isTrue();

        EngagementDetails revoked = engagements.revokeAccess(meeting.id(), grantee);

        assertThat(revoked.grants()).isEmpty();
        assertThat(granteeSeesTheMeetingEverywhere()).isFalse();
    }

    @Test
    void aGrantedColleagueSeesTheEngagementButNotItsConfidentialParticipant() {
        engagements.grantAccess(meeting.id(), grantee);

        assertThat(asGrantee(() -> engagements.find(meeting.id())).orElseThrow().participants())
                .extracting(participant -> participant.id()).containsExactly(person.id());
    }

    @Test
    void editingTheEngagementOrItsFollowUpsKeepsTheGrants() {
        long colleague = testUsers.ensure("eg.colleague", Role.OFFICER).id();
        long owner = testUsers.ensure("eg.owner", Role.OFFICER).id();
        engagements.grantAccess(meeting.id(), grantee);
        EngagementDetails current = engagements.find(meeting.id()).orElseThrow();

        EngagementDraft withColleague = new EngagementDraft(EngagementKind.CALL, current.row().startedAt(), null,
                null, "Protection call " + marker, current.row().notes(), "Agreed", current.toDraft()
                .participantIds(), Set.of(), Set.of(owner, colleague), Set.of(), Sensitivity.CONFIDENTIAL,
                List.of(new FollowUpDraft("Write " + marker, colleague, LocalDate.of(2026, 3, 1), Set.of())));
        engagements.update(meeting.id(), current.version(), withColleague);
        assertThat(granteeSeesTheMeetingEverywhere()).isTrue();

        FollowUpRow added = followUps.add(meeting.id(), new FollowUpDraft("Call " + marker, colleague,
                LocalDate.of(2026, 3, 2), Set.of()));
        assertThat(granteeSeesTheMeetingEverywhere()).isTrue();

        followUps.reassign(added.id(), added.version(), owner);
        assertThat(granteeSeesTheMeetingEverywhere()).isTrue();
        assertThat(engagements.find(meeting.id()).orElseThrow().grants()).extracting(EngagementGrantRow::userId)
                .containsExactly(grantee);
    }

    @Test
    void grantingDoesNotMakeAnOpenEditStale() {
        engagements.grantAccess(meeting.id(), grantee);

        EngagementDetails current = engagements.find(meeting.id()).orElseThrow();
        assertThat(current.version()).isEqualTo(meeting.version());
        engagements.update(meeting.id(), meeting.version(), meeting.toDraft());
    }

    @Test
    void onlyTheOwnerManagersAndAdministratorsWhoSeeItChangeItsGrants() {
        long present = testUsers.ensure("eg.present", Role.OFFICER).id();
        EngagementDetails withColleague = engagements.update(meeting.id(), meeting.version(), new EngagementDraft(
                EngagementKind.MEETING, meeting.row().startedAt(), null, null, meeting.row().title(), null, null,
                meeting.toDraft().participantIds(), Set.of(),
                Set.of(testUsers.ensure("eg.owner", Role.OFFICER).id(), present), Set.of(), Sensitivity.NORMAL,
                List.of()));
        testUsers.ensure("eg.manager", Role.MANAGER);
        testUsers.ensure("eg.viewer", Role.VIEWER);

        EngagementDetails seenByPresent = testUsers.as("eg.present", Role.OFFICER,
                () -> engagements.find(meeting.id()).orElseThrow());
        assertThat(seenByPresent.canManageAccess()).isFalse();
        assertThatThrownBy(() -> testUsers.as("eg.present", Role.OFFICER,
                () -> engagements.grantAccess(meeting.id(), grantee)))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("grants.error.access-owner-only"));
        // a manager does not see a confidential engagement at all: to them it does not exist
        assertThatThrownBy(() -> testUsers.as("eg.manager", Role.MANAGER,
                () -> engagements.grantAccess(meeting.id(), grantee))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> testUsers.as("eg.viewer", Role.VIEWER,
                () -> engagements.grantAccess(meeting.id(), grantee))).isInstanceOf(AccessDeniedException.class);
        assertThat(engagements.find(meeting.id()).orElseThrow().canManageAccess()).isTrue();
        assertThat(withColleague.grants()).isEmpty();
        assertThat(granteeSeesTheMeetingEverywhere()).isFalse();
    }

    @Test
    void aGrantToNobodyKnownIsRefusedOnTheUserField() {
        assertThatThrownBy(() -> engagements.grantAccess(meeting.id(), Long.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("user"));
    }

    @Test
    void grantsAndRevokesAreAudited() {
        engagements.grantAccess(meeting.id(), grantee);
        engagements.grantAccess(meeting.id(), grantee);
        engagements.revokeAccess(meeting.id(), grantee);

        assertThat(events.stream(Audited.class).filter(event -> event.recordType().equals("engagement")
                && (event.action() == AuditAction.GRANT || event.action() == AuditAction.REVOKE)))
                .extracting(Audited::action, Audited::recordId, Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.GRANT, meeting.id(), GRANTEE),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.REVOKE, meeting.id(), GRANTEE));
    }
}
