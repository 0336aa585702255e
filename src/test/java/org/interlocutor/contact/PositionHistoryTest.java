package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A contact's influence and stance over time: which changes are recorded, how, and where a contact stood on an
 * earlier date. Changes happen now; the test then moves their dates (and the contact's entry) back in time with
 * plain SQL, as if they had been made then.
 */
@IntegrationTest
@WithStaff(username = "positions.officer", role = Role.OFFICER)
class PositionHistoryTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

    @Autowired
    ContactService contacts;
    @Autowired
    ContactBulkWriter bulkWriter;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcClient jdbc;

    private final String marker = "pos" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ContactDetails contact(String familyName, Integer influence, Stance stance) {
        return contacts.create(ContactDraft.of("Amina", familyName + " " + marker, StakeholderCategory.ICC_OFFICIAL)
                .withPosition(influence, stance), null);
    }

    private List<PositionChangeRow> history(long contactId) {
        return contacts.positionHistory(contactId, FIRST_PAGE).getContent();
    }

    private long changesOf(long contactId) {
        return jdbc.sql("select count(*) from contact_position_change where contact_id = ?").param(contactId)
                .query(Long.class).single();
    }

    private void enteredOn(long contactId, String day) {
        jdbc.sql("update contact set created_at = ? where id = ?").param(Instant.parse(day + "T08:00:00Z"))
                .param(contactId).update();
    }

    /** Moves the contact's changes, oldest first, to these days. */
    private void changedOn(long contactId, String... days) {
        List<Long> ids = jdbc.sql("select id from contact_position_change where contact_id = ? order by id")
                .param(contactId).query(Long.class).list();
        assertThat(ids).hasSize(days.length);
        for (int i = 0; i < days.length; i++) {
            jdbc.sql("update contact_position_change set changed_at = ? where id = ?")
                    .param(Instant.parse(days[i] + "T15:00:00Z")).param(ids.get(i)).update();
        }
    }

    private ContactPosition positionOn(long contactId, String day) {
        return contacts.positionsOn(List.of(contactId), LocalDate.parse(day)).stream().findFirst().orElse(null);
    }

    // ---- what is recorded ------------------------------------------------------------------------------------

    @Test
    void creatingAContactRecordsNoChange() {
        ContactDetails created = contact("Created", 3, Stance.NEUTRAL);
        List<Long> imported = bulkWriter.insert(List.of(new ContactSeed(ContactDraft.of("Omar", "Bulk " + marker,
                StakeholderCategory.CIVIL_SOCIETY).withPosition(5, Stance.SUPPORTIVE), List.of(), null)), "test");

        assertThat(changesOf(created.id())).isZero();
        assertThat(changesOf(imported.getFirst())).isZero();
        assertThat(history(created.id())).isEmpty();
    }

    @Test
    void theFormRecordsAChangeOnlyWhenInfluenceOrStanceChanged() {
        ContactDetails amina = contact("Form", 2, Stance.NEUTRAL);

        ContactDetails renamed = contacts.update(amina.id(), amina.version(),
                amina.draft().withCountry("SN"));
        assertThat(changesOf(amina.id())).as("another field changed").isZero();

        ContactDetails moved = contacts.update(renamed.id(), renamed.version(),
                renamed.draft().withPosition(4, Stance.NEUTRAL));
        contacts.update(moved.id(), moved.version(), moved.draft().withPosition(4, Stance.SUPPORTIVE));

        assertThat(history(amina.id())).satisfiesExactly(
                latest -> {
                    assertThat(latest.influenceBefore()).isEqualTo(4);
                    assertThat(latest.influenceAfter()).isEqualTo(4);
                    assertThat(latest.stanceBefore()).isEqualTo(Stance.NEUTRAL);
                    assertThat(latest.stanceAfter()).isEqualTo(Stance.SUPPORTIVE);
                    assertThat(latest.influenceChanged()).isFalse();
                    assertThat(latest.stanceChanged()).isTrue();
                },
                first -> {
                    assertThat(first.influenceBefore()).isEqualTo(2);
                    assertThat(first.influenceAfter()).isEqualTo(4);
                    assertThat(first.changedBy()).isEqualTo("positions.officer");
                    assertThat(first.changedByName()).isEqualTo("Positions officer");
                    assertThat(first.changedAt()).isCloseTo(Instant.now(),
                            org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
                });
    }

    @Test
    void theQuickChangeRecordsTheChangeAndIsRefusedOnAStaleVersion() {
        ContactDetails amina = contact("Quick", null, Stance.UNKNOWN);

        ContactDetails placed = contacts.changePosition(amina.id(), amina.version(), 5, Stance.OPPOSED);

        assertThat(placed.draft().influence()).isEqualTo(5);
        assertThat(placed.draft().stance()).isEqualTo(Stance.OPPOSED);
        assertThat(placed.version()).isGreaterThan(amina.version());
        assertThat(history(amina.id())).singleElement().satisfies(change -> {
            assertThat(change.influenceBefore()).isNull();
            assertThat(change.stanceBefore()).isEqualTo(Stance.UNKNOWN);
            assertThat(change.influenceAfter()).isEqualTo(5);
            assertThat(change.stanceAfter()).isEqualTo(Stance.OPPOSED);
        });
        assertThatThrownBy(() -> contacts.changePosition(amina.id(), amina.version(), 1, Stance.SUPPORTIVE))
                .as("the second of two changes made from the same reading")
                .isInstanceOf(StaleRecordException.class);
        assertThat(contacts.find(amina.id()).orElseThrow().draft().influence()).isEqualTo(5);
        assertThat(history(amina.id())).hasSize(1);
    }

    @Test
    void aQuickChangeToTheSamePositionChangesNothing() {
        ContactDetails amina = contact("Same", 3, Stance.NEUTRAL);

        ContactDetails same = contacts.changePosition(amina.id(), amina.version(), 3, Stance.NEUTRAL);

        assertThat(same.version()).isEqualTo(amina.version());
        assertThat(history(amina.id())).isEmpty();
    }

    @Test
    void anInfluenceOutsideOneToFiveIsRefused() {
        ContactDetails amina = contact("Range", 3, Stance.NEUTRAL);

        assertThatThrownBy(() -> contacts.changePosition(amina.id(), amina.version(), 6, Stance.NEUTRAL))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void viewersMayNotChangeAPosition() {
        ContactDetails amina = contact("Viewer", 3, Stance.NEUTRAL);

        assertThatThrownBy(() -> testUsers.as("positions.viewer", Role.VIEWER,
                () -> contacts.changePosition(amina.id(), amina.version(), 4, Stance.NEUTRAL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- where a contact stood on a date -----------------------------------------------------------------------

    @Test
    void aContactStoodOnAnEarlierDateWhereItsFirstChangeAfterThatDateFoundIt() {
        ContactDetails amina = contact("Earlier", 2, Stance.OPPOSED);
        ContactDetails first = contacts.changePosition(amina.id(), amina.version(), 3, Stance.NEUTRAL);
        contacts.changePosition(first.id(), first.version(), 5, Stance.SUPPORTIVE);
        enteredOn(amina.id(), "2020-01-01");
        changedOn(amina.id(), "2021-01-10", "2022-06-15");

        assertThat(positionOn(amina.id(), "2020-12-31")).as("before any change")
                .extracting(ContactPosition::influence, ContactPosition::stance).containsExactly(2, Stance.OPPOSED);
        assertThat(positionOn(amina.id(), "2021-01-09")).as("the day before the first change")
                .extracting(ContactPosition::influence, ContactPosition::stance).containsExactly(2, Stance.OPPOSED);
        assertThat(positionOn(amina.id(), "2021-01-10")).as("at the end of the day of the first change")
                .extracting(ContactPosition::influence, ContactPosition::stance).containsExactly(3, Stance.NEUTRAL);
        assertThat(positionOn(amina.id(), "2021-06-01")).as("between the changes")
                .extracting(ContactPosition::influence, ContactPosition::stance).containsExactly(3, Stance.NEUTRAL);
        assertThat(positionOn(amina.id(), "2023-01-01")).as("after the changes")
                .extracting(ContactPosition::influence, ContactPosition::stance)
                .containsExactly(5, Stance.SUPPORTIVE);
        assertThat(positionOn(amina.id(), "2019-12-31")).as("before the contact was entered").isNull();
        assertThat(positionOn(amina.id(), "2020-01-01")).as("on the day it was entered").isNotNull();
    }

    @Test
    void aContactNeverChangedStoodWhereItStandsNow() {
        ContactDetails omar = contact("Unchanged", 4, Stance.NEUTRAL);
        enteredOn(omar.id(), "2020-01-01");

        assertThat(positionOn(omar.id(), "2020-06-01"))
                .extracting(ContactPosition::influence, ContactPosition::stance, ContactPosition::version)
                .containsExactly(4, Stance.NEUTRAL, omar.version());
    }

    @Test
    void positionsLeaveOutArchivedContactsAndKeepTheOrderOfTheIds() {
        ContactDetails first = contact("First", 1, Stance.NEUTRAL);
        ContactDetails second = contact("Second", 2, Stance.NEUTRAL);
        ContactDetails archived = contact("Archived", 3, Stance.NEUTRAL);
        contacts.setArchived(archived.id(), archived.version(), true);

        assertThat(contacts.positionsOn(List.of(second.id(), archived.id(), first.id()), LocalDate.now()))
                .extracting(ContactPosition::contactId).containsExactly(second.id(), first.id());
    }

    // ---- need-to-know ----------------------------------------------------------------------------------------

    @Test
    void theHistoryAndPositionsOfAContactSomeoneMayNotSeeDoNotExistForThem() {
        long me = testUsers.ensure("positions.officer", Role.OFFICER).id();
        ContactDetails secret = contacts.create(ContactDraft.of("Hidden", "Defender " + marker,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withPosition(2, Stance.NEUTRAL)
                .withSensitivity(Sensitivity.CONFIDENTIAL, me), null);
        contacts.changePosition(secret.id(), secret.version(), 4, Stance.SUPPORTIVE);
        assertThat(history(secret.id())).hasSize(1);

        testUsers.runAs("positions.other", Role.OFFICER, () -> {
            assertThat(contacts.positionHistory(secret.id(), FIRST_PAGE)).isEmpty();
            assertThat(contacts.positionHistory(secret.id(), FIRST_PAGE).getTotalElements()).isZero();
            assertThat(contacts.positionsOn(List.of(secret.id()), LocalDate.now())).isEmpty();
        });
        testUsers.runAs("positions.manager", Role.MANAGER, () ->
                assertThat(contacts.positionsOn(List.of(secret.id()), LocalDate.now())).as("confidential").isEmpty());
    }
}
