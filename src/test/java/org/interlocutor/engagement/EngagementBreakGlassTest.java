package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
import org.interlocutor.shared.audit.AuditAction;
import org.interlocutor.shared.audit.Audited;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Break-glass access to an engagement: an administrator who may not read a confidential meeting opens it for a
 * while with a reason; it reads like any engagement they may see until it expires; its owner sees who, when, why
 * and until when; the audit trail gets the event; an id of no engagement gives nothing away.
 */
@IntegrationTest
@RecordApplicationEvents
@WithStaff(username = "ebg.owner", role = Role.OFFICER)
class EngagementBreakGlassTest {

    private static final String ADMIN = "ebg.admin";
    private static final String REASON = "Court order 2026/17 requires this record";

    @Autowired
    EngagementService engagements;
    @Autowired
    EngagementAccess access;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private String marker = "";
    private ContactDetails person;
    private EngagementDetails meeting;

    @BeforeEach
    void confidentialMeetingTheAdministratorMayNotSee() {
        marker = "ebg" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        long owner = testUsers.ensure("ebg.owner", Role.OFFICER).id();
        testUsers.ensure(ADMIN, Role.ADMIN);
        person = contacts.create(ContactDraft.of("Open", "Person " + marker, StakeholderCategory.CIVIL_SOCIETY),
                null);
        Instant at = Instant.parse("2026-04-04T08:00:00Z");
        meeting = engagements.create(new EngagementDraft(EngagementKind.MEETING, at, at.plus(1, ChronoUnit.HOURS),
                "Kampala", "Witness " + marker, "Sensitive " + marker, null, Set.of(person.id()), Set.of(),
                Set.of(owner), Set.of(), Sensitivity.CONFIDENTIAL, List.of()));
        assertThat(asAdmin(() -> engagements.find(meeting.id()))).isEmpty();
    }

    private <T> T asAdmin(Supplier<T> body) {
        return testUsers.as(ADMIN, Role.ADMIN, body);
    }

    private List<Long> adminTimeline() {
        return asAdmin(() -> engagements.rows(EngagementFilter.ofContact(person.id()), PageRequest.of(0, 20)))
                .stream().map(EngagementRow::id).toList();
    }

    private List<Audited> breakGlassEvents() {
        return events.stream(Audited.class).filter(event -> event.action() == AuditAction.BREAK_GLASS).toList();
    }

    @Test
    void onlyAdministratorsMayBreakTheGlass() {
        testUsers.ensure("ebg.manager", Role.MANAGER);

        assertThatThrownBy(() -> testUsers.as("ebg.manager", Role.MANAGER,
                () -> engagements.breakGlass(meeting.id(), REASON))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engagements.breakGlass(meeting.id(), REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(breakGlassEvents()).isEmpty();
    }

    @Test
    void anAdministratorMustGiveAReason() {
        assertThatThrownBy(() -> asAdmin(() -> engagements.breakGlass(meeting.id(), " ")))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("reason");
                    assertThat(refused.messageKey()).isEqualTo("error.required");
                });
        assertThatThrownBy(() -> asAdmin(() -> engagements.breakGlass(meeting.id(), "curious")))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("break-glass.error.reason-too-short"));

        assertThat(asAdmin(() -> engagements.find(meeting.id()))).isEmpty();
        assertThat(breakGlassEvents()).isEmpty();
    }

    @Test
    void breakingTheGlassOpensTheEngagementEverywhereAndIsAudited() {
        Optional<EngagementDetails> opened = asAdmin(() -> engagements.breakGlass(meeting.id(), REASON));

        assertThat(opened).isPresent();
        assertThat(asAdmin(() -> engagements.find(meeting.id()))).isPresent();
        assertThat(adminTimeline()).containsExactly(meeting.id());
        assertThat(asAdmin(() -> engagements.count(EngagementFilter.NONE.withText(marker)))).isEqualTo(1);
        assertThat(opened.get().breakGlass()).singleElement().satisfies(access -> {
            assertThat(access.reason()).isEqualTo(REASON);
            assertThat(Duration.between(access.openedAt(), access.expiresAt())).isEqualTo(Duration.ofHours(1));
        });
        assertThat(breakGlassEvents()).singleElement().satisfies(event -> {
            assertThat(event.recordType()).isEqualTo("engagement");
            assertThat(event.recordId()).isEqualTo(meeting.id());
            assertThat(event.detail()).isEqualTo(REASON);
        });
        // an administrator's access is not a grant made by hand, and changes nothing an open edit holds
        assertThat(engagements.find(meeting.id()).orElseThrow().grants()).isEmpty();
        assertThat(engagements.find(meeting.id()).orElseThrow().version()).isEqualTo(meeting.version());
    }

    @Test
    void anExpiredAccessClosesThePageAtOnceAndEverythingElseAtTheNextSweep() {
        asAdmin(() -> engagements.breakGlass(meeting.id(), REASON));
        LocalDateTime past = LocalDateTime.ofInstant(clock.instant().minusSeconds(5), ZoneOffset.UTC);
        jdbc.update("update engagement_grant set expires_at = ? where engagement_id = ?", past, meeting.id());
        jdbc.update("update engagement_break_glass set expires_at = ? where engagement_id = ?", past, meeting.id());

        assertThat(asAdmin(() -> engagements.find(meeting.id()))).isEmpty();

        // the scheduled sweep may have come first: what counts is that the access is gone afterwards
        access.removeExpired(clock.instant());
        assertThat(adminTimeline()).isEmpty();
        assertThat(asAdmin(() -> engagements.count(EngagementFilter.NONE.withText(marker)))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from engagement_access where engagement_id = ?"
                + " and user_id = ?", Long.class, meeting.id(), testUsers.ensure(ADMIN, Role.ADMIN).id())).isZero();
        assertThat(engagements.find(meeting.id()).orElseThrow().breakGlass()).singleElement()
                .satisfies(access -> assertThat(access.activeAt(clock.instant())).isFalse());
    }

    @Test
    void anAdministratorWhoWasMadeAReaderMeanwhileKeepsReadingAfterTheExpiry() {
        long admin = testUsers.ensure(ADMIN, Role.ADMIN).id();
        asAdmin(() -> engagements.breakGlass(meeting.id(), REASON));
        EngagementDetails current = engagements.find(meeting.id()).orElseThrow();
        engagements.update(meeting.id(), current.version(), new EngagementDraft(EngagementKind.MEETING,
                current.row().startedAt(), null, null, current.row().title(), null, null,
                current.toDraft().participantIds(), Set.of(),
                Set.of(testUsers.ensure("ebg.owner", Role.OFFICER).id(), admin), Set.of(), Sensitivity.CONFIDENTIAL,
                List.of()));
        LocalDateTime past = LocalDateTime.ofInstant(clock.instant().minusSeconds(5), ZoneOffset.UTC);
        jdbc.update("update engagement_grant set expires_at = ? where engagement_id = ?", past, meeting.id());

        assertThat(asAdmin(() -> engagements.find(meeting.id()))).isPresent();
        access.removeExpired(clock.instant());
        assertThat(asAdmin(() -> engagements.find(meeting.id()))).isPresent();
        assertThat(adminTimeline()).containsExactly(meeting.id());
    }

    @Test
    void theOwnerSeesWhoBrokeTheGlassButAColleaguePresentDoesNot() {
        asAdmin(() -> engagements.breakGlass(meeting.id(), REASON));
        long present = testUsers.ensure("ebg.present", Role.OFFICER).id();
        engagements.grantAccess(meeting.id(), present);

        assertThat(engagements.find(meeting.id()).orElseThrow().breakGlass()).singleElement()
                .satisfies(access -> {
                    assertThat(access.who()).isEqualTo("Ebg admin");
                    assertThat(access.reason()).isEqualTo(REASON);
                    assertThat(access.activeAt(clock.instant())).isTrue();
                });
        assertThat(testUsers.as("ebg.present", Role.OFFICER, () -> engagements.find(meeting.id())).orElseThrow()
                .breakGlass()).isEmpty();
    }

    @Test
    void theOwnerIsToldOnTheStartPageOfTheBreakGlassOnTheirEngagements() {
        asAdmin(() -> engagements.breakGlass(meeting.id(), REASON));
        Instant lastMonth = clock.instant().minus(Duration.ofDays(30));

        assertThat(engagements.breakGlassOnMine(lastMonth, 10)).filteredOn(notice -> notice.recordId() == meeting.id())
                .singleElement().satisfies(notice -> {
                    assertThat(notice.recordType()).isEqualTo("engagement");
                    assertThat(notice.recordName()).isEqualTo(meeting.row().title());
                    assertThat(notice.access().reason()).isEqualTo(REASON);
                });
        assertThat(asAdmin(() -> engagements.breakGlassOnMine(lastMonth, 10)))
                .noneMatch(notice -> notice.recordId() == meeting.id());
        assertThat(engagements.breakGlassOnMine(clock.instant().plusSeconds(60), 10))
                .noneMatch(notice -> notice.recordId() == meeting.id());
    }

    @Test
    void anIdOfNoEngagementOrOfADeletedOneIsAnsweredOnlyAfterTheReasonAndAudited() {
        long nobody = Long.MAX_VALUE - ThreadLocalRandom.current().nextInt(1000);
        assertThatThrownBy(() -> asAdmin(() -> engagements.breakGlass(nobody, "")))
                .isInstanceOf(InvalidFieldException.class);

        assertThat(asAdmin(() -> engagements.breakGlass(nobody, REASON))).isEmpty();
        engagements.delete(meeting.id(), meeting.version());
        assertThat(asAdmin(() -> engagements.breakGlass(meeting.id(), REASON))).isEmpty();

        assertThat(breakGlassEvents()).extracting(Audited::recordId).containsExactly(nobody, meeting.id());
        assertThat(breakGlassEvents()).allSatisfy(event -> assertThat(event.detail()).contains("No such record"));
        assertThat(jdbc.queryForObject("select count(*) from engagement_grant where engagement_id = ?", Long.class,
                meeting.id())).isZero();
    }
}
