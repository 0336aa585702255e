package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.BreakGlassAccess;
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
 * Break-glass access to a contact: an administrator who may not see a confidential person opens them for a while,
 * giving a reason; the owner sees who, when, why and until when; the audit trail gets the event; the access ends on
 * time; and an id that names nobody gives nothing away.
 */
@IntegrationTest
@RecordApplicationEvents
@WithStaff(username = "bg.owner", role = Role.OFFICER)
class ContactBreakGlassTest {

    private static final String ADMIN = "bg.admin";
    private static final String REASON = "Security incident 42: the defender reported a threat";

    @Autowired
    ContactService contacts;
    @Autowired
    ContactBreakGlassSweep sweep;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private String marker = "";
    private ContactDetails defender;

    @BeforeEach
    void confidentialDefenderOwnedBySomeoneElse() {
        marker = "bg" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        defender = contacts.create(ContactDraft.of("Amani", "Defender " + marker,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, null), null);
        testUsers.ensure(ADMIN, Role.ADMIN);
        assertThat(asAdmin(() -> contacts.find(defender.id()))).isEmpty();
    }

    private <T> T asAdmin(Supplier<T> body) {
        return testUsers.as(ADMIN, Role.ADMIN, body);
    }

    private List<Long> listedForAdmin() {
        return asAdmin(() -> contacts.rows(ContactFilter.NONE.withText(marker), PageRequest.of(0, 20))).stream()
                .map(ContactRow::id).toList();
    }

    private List<Audited> breakGlassEvents() {
        return events.stream(Audited.class).filter(event -> event.action() == AuditAction.BREAK_GLASS).toList();
    }

    @Test
    void onlyAdministratorsMayBreakTheGlass() {
        testUsers.ensure("bg.manager", Role.MANAGER);
        testUsers.ensure("bg.officer", Role.OFFICER);

        assertThatThrownBy(() -> testUsers.as("bg.manager", Role.MANAGER,
                () -> contacts.breakGlass(defender.id(), REASON))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as("bg.officer", Role.OFFICER,
                () -> contacts.breakGlass(defender.id(), REASON))).isInstanceOf(AccessDeniedException.class);
        assertThat(testUsers.as("bg.manager", Role.MANAGER, () -> contacts.find(defender.id()))).isEmpty();
        assertThat(breakGlassEvents()).isEmpty();
    }

    @Test
    void anAdministratorMustGiveAReasonOfTheMinimumLength() {
        for (String reason : List.of("", "   ", "just looking")) {
            assertThatThrownBy(() -> asAdmin(() -> contacts.breakGlass(defender.id(), reason)))
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            refused -> assertThat(refused.field()).isEqualTo("reason"));
        }

        assertThat(asAdmin(() -> contacts.find(defender.id()))).isEmpty();
        assertThat(contacts.find(defender.id()).orElseThrow().breakGlass()).isEmpty();
        assertThat(breakGlassEvents()).isEmpty();
    }

    @Test
    void breakingTheGlassOpensTheContactEverywhereUntilItExpires() {
        Instant before = clock.instant();

        Optional<ContactDetails> opened = asAdmin(() -> contacts.breakGlass(defender.id(), "  " + REASON + " "));

        assertThat(opened).isPresent();
        assertThat(asAdmin(() -> contacts.find(defender.id()))).isPresent();
        assertThat(listedForAdmin()).containsExactly(defender.id());
        assertThat(asAdmin(() -> contacts.count(ContactFilter.NONE.withText(marker)))).isEqualTo(1);
        BreakGlassAccess access = opened.get().breakGlass().getFirst();
        assertThat(access.reason()).isEqualTo(REASON);
        assertThat(Duration.between(access.openedAt(), access.expiresAt())).isEqualTo(Duration.ofHours(1));
        assertThat(access.openedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        // opening someone's record is no change of it: an edit the owner has open does not go stale
        assertThat(contacts.find(defender.id()).orElseThrow().version()).isEqualTo(defender.version());
    }

    @Test
    void anExpiredAccessClosesThePageAtOnceAndEverythingElseAtTheNextSweep() {
        asAdmin(() -> contacts.breakGlass(defender.id(), REASON));
        Instant past = clock.instant().minusSeconds(5);
        // an hour later, as far as the access and its record are concerned
        jdbc.update("update contact_grant set expires_at = ? where contact_id = ? and kind = 'BREAK_GLASS'",
                LocalDateTime.ofInstant(past, ZoneOffset.UTC), defender.id());
        jdbc.update("update contact_break_glass set expires_at = ? where contact_id = ?",
                LocalDateTime.ofInstant(past, ZoneOffset.UTC), defender.id());

        assertThat(asAdmin(() -> contacts.find(defender.id()))).isEmpty();

        // the scheduled sweep may have come first: what counts is that the access is gone afterwards
        sweep.removeExpired(clock.instant());
        assertThat(listedForAdmin()).isEmpty();
        assertThat(asAdmin(() -> contacts.count(ContactFilter.NONE.withText(marker)))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact_grant where contact_id = ?", Long.class,
                defender.id())).isZero();
        // what happened stays on record for the owner after the access has ended
        assertThat(contacts.find(defender.id()).orElseThrow().breakGlass()).singleElement()
                .satisfies(access -> assertThat(access.activeAt(clock.instant())).isFalse());
    }

    @Test
    void theSweepLeavesAccessThatHasNotExpiredAndGrantsMadeByHand() {
        long colleague = testUsers.ensure("bg.colleague", Role.OFFICER).id();
        contacts.grantAccess(defender.id(), colleague);
        asAdmin(() -> contacts.breakGlass(defender.id(), REASON));

        sweep.removeExpired(clock.instant());

        assertThat(asAdmin(() -> contacts.find(defender.id()))).isPresent();
        assertThat(testUsers.as("bg.colleague", Role.OFFICER, () -> contacts.find(defender.id()))).isPresent();
        sweep.removeExpired(clock.instant().plus(Duration.ofHours(2)));
        assertThat(asAdmin(() -> contacts.find(defender.id()))).isEmpty();
        assertThat(asAdmin(() -> contacts.count(ContactFilter.NONE.withText(marker)))).isZero();
        assertThat(testUsers.as("bg.colleague", Role.OFFICER, () -> contacts.find(defender.id()))).isPresent();
    }

    @Test
    void theOwnerSeesWhoBrokeTheGlassWhenWhyAndUntilWhenButAGrantedColleagueDoesNot() {
        long colleague = testUsers.ensure("bg.reader", Role.OFFICER).id();
        contacts.grantAccess(defender.id(), colleague);

        asAdmin(() -> contacts.breakGlass(defender.id(), REASON));

        ContactDetails seenByOwner = contacts.find(defender.id()).orElseThrow();
        assertThat(seenByOwner.breakGlass()).singleElement().satisfies(access -> {
            assertThat(access.who()).isEqualTo("Bg admin");
            assertThat(access.reason()).isEqualTo(REASON);
            assertThat(access.activeAt(clock.instant())).isTrue();
        });
        // the administrator's access is not a grant made by hand
        assertThat(seenByOwner.grants()).extracting(GrantRow::userId).containsExactly(colleague);
        assertThat(testUsers.as("bg.reader", Role.OFFICER, () -> contacts.find(defender.id())).orElseThrow()
                .breakGlass()).isEmpty();
    }

    @Test
    void breakingTheGlassIsAuditedWithItsReason() {
        asAdmin(() -> contacts.breakGlass(defender.id(), REASON));

        assertThat(breakGlassEvents()).singleElement().satisfies(event -> {
            assertThat(event.recordType()).isEqualTo("contact");
            assertThat(event.recordId()).isEqualTo(defender.id());
            assertThat(event.detail()).isEqualTo(REASON);
        });
    }

    @Test
    void anIdThatNamesNobodyIsRefusedLikeAnyOtherUntilTheReasonIsGivenThenAnsweredAndAudited() {
        long nobody = Long.MAX_VALUE - ThreadLocalRandom.current().nextInt(1000);

        assertThatThrownBy(() -> asAdmin(() -> contacts.breakGlass(nobody, "short")))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("break-glass.error.reason-too-short"));
        assertThatThrownBy(() -> asAdmin(() -> contacts.breakGlass(defender.id(), "short")))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("break-glass.error.reason-too-short"));

        assertThat(asAdmin(() -> contacts.breakGlass(nobody, REASON))).isEmpty();
        assertThat(breakGlassEvents()).singleElement().satisfies(event -> {
            assertThat(event.recordId()).isEqualTo(nobody);
            assertThat(event.detail()).contains("No such record").contains(REASON);
        });
    }

    @Test
    void aColleagueGrantedByHandAfterBreakingTheGlassKeepsSeeingThePersonAfterTheExpiry() {
        long admin = testUsers.ensure(ADMIN, Role.ADMIN).id();
        asAdmin(() -> contacts.breakGlass(defender.id(), REASON));

        contacts.grantAccess(defender.id(), admin);
        sweep.removeExpired(clock.instant().plus(Duration.ofHours(2)));

        assertThat(asAdmin(() -> contacts.find(defender.id()))).isPresent();
        assertThat(contacts.find(defender.id()).orElseThrow().grants()).extracting(GrantRow::userId)
                .containsExactly(admin);
    }

    @Test
    void grantingAndRevokingOthersKeepsABreakGlassAccessAsItWas() {
        long colleague = testUsers.ensure("bg.other", Role.OFFICER).id();
        asAdmin(() -> contacts.breakGlass(defender.id(), REASON));
        Object expiry = jdbc.queryForObject("select expires_at from contact_grant where contact_id = ?"
                + " and kind = 'BREAK_GLASS'", Object.class, defender.id());

        contacts.grantAccess(defender.id(), colleague);
        contacts.revokeAccess(defender.id(), colleague);

        assertThat(jdbc.queryForList("select kind, expires_at from contact_grant where contact_id = ?",
                defender.id())).singleElement().satisfies(row -> {
            assertThat(row.get("kind")).isEqualTo("BREAK_GLASS");
            assertThat(row.get("expires_at")).isEqualTo(expiry);
        });
    }
}
