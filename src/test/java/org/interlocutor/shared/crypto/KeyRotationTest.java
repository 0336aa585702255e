package org.interlocutor.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.ImportKey;
import org.interlocutor.contact.ImportMatch;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Command;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Key rotation as the README tells it: values encrypted under the test key, a new key set with the test key kept
 * as old, {@code rotate-keys}, then the old key dropped. The keys change without a restart here ({@link
 * FieldEncryption#useKeys}); afterwards everything is rotated back under the test key for the other tests.
 */
@IntegrationTest
@WithStaff(username = "rot.officer", role = Role.OFFICER)
class KeyRotationTest {

    private static final DataKey NEXT = DataKey.of("next", FieldEncryptionTest.bytes(99));

    @Autowired
    FieldEncryption encryption;
    @Autowired
    KeyRing configured;
    @Autowired
    RotateKeysCommand rotateKeys;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "rot" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final String email = "source." + marker + "@example.org";

    @AfterEach
    void everythingBackUnderTheTestKey() {
        encryption.useKeys(configured.withOlder(NEXT));
        assertThat(rotateKeys.run(new Command.CommandArguments(List.of()))).isZero();
        encryption.useKeys(configured);
    }

    private ContactDetails confidentialContact() {
        return contacts.create(ContactDraft.of("Rose", "Lokiru " + marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withEmails(List.of(new EmailEntry(email, "private", true)))
                .withSensitivity(Sensitivity.CONFIDENTIAL, null), null);
    }

    private EngagementDetails confidentialMeeting(long participant) {
        long me = testUsers.ensure("rot.officer", Role.OFFICER).id();
        Instant at = Instant.parse("2026-06-01T09:00:00Z");
        return engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null, null, "Safe house " + marker,
                "Notes " + marker, "Outcome " + marker, Set.of(participant), Set.of(), Set.of(me), Set.of(),
                Sensitivity.CONFIDENTIAL, List.of()));
    }

    /** An import batch that updated something, its values before sealed as the import journal seals them. */
    private long journalEntry() {
        long me = testUsers.ensure("rot.officer", Role.OFFICER).id();
        jdbc.update("insert into import_batch (import_type, file_name, sheet_name, duplicate_mode, partial_allowed,"
                        + " status, rows_read, created_count, updated_count, skipped_count, rejected_count, author_id,"
                        + " author_name, started_at, version) values ('CONTACTS', ?, 'Sheet1', 'UPDATE', false,"
                        + " 'COMPLETED', 1, 0, 1, 0, 0, ?, 'rot.officer', ?, 0)", marker + ".xlsx", me,
                LocalDateTime.now(ZoneOffset.UTC));
        long batch = jdbc.queryForObject("select id from import_batch where file_name = ?", Long.class,
                marker + ".xlsx");
        jdbc.update("insert into import_record (batch_id, record_type, record_id, action, previous_values)"
                + " values (?, 'CONTACT', 0, 'UPDATED', ?)", batch, encryption.seal("import/previous-values",
                "{\"consentNote\":\"" + marker + "\"}"));
        return batch;
    }

    private String stored(String sql, long id) {
        return jdbc.queryForObject(sql, String.class, id);
    }

    @Test
    void rotateKeysReEncryptsEverythingUnderTheNewKeyAfterWhichTheOldKeyIsNoLongerNeeded() {
        ContactDetails rose = confidentialContact();
        EngagementDetails meeting = confidentialMeeting(rose.id());
        long batch = journalEntry();
        assertThat(stored("select primary_email from contact where id = ?", rose.id())).startsWith("enc1:test:");

        encryption.useKeys(KeyRing.of(NEXT).withOlder(configured.current()));

        // before the rotation: the old key still reads, and the email is still found through either blind index
        assertThat(contacts.find(rose.id()).orElseThrow().draft().emails()).isEqualTo(rose.draft().emails());
        assertThat(contacts.matchForImport(List.of(new ImportKey(null, Set.of(email), "R", "L", null))))
                .singleElement().extracting(ImportMatch::contactId).isEqualTo(rose.id());

        assertThat(rotateKeys.run(new Command.CommandArguments(List.of()))).isZero();

        assertThat(stored("select primary_email from contact where id = ?", rose.id())).startsWith("enc1:next:");
        assertThat(stored("select consent_note from contact where id = ?", rose.id())).isNull();
        assertThat(jdbc.queryForList("select email, email_key, label from contact_email where contact_id = ?",
                rose.id())).singleElement().satisfies(row -> {
                    assertThat((String) row.get("email")).startsWith("enc1:next:");
                    assertThat((String) row.get("email_key")).startsWith("bi1:next:");
                    assertThat((String) row.get("label")).startsWith("enc1:next:");
                });
        assertThat(stored("select sealed_notes from engagement where id = ?", meeting.id())).startsWith("enc1:next:");
        assertThat(stored("select sealed_outcome from engagement where id = ?", meeting.id()))
                .startsWith("enc1:next:");
        assertThat(jdbc.queryForObject("select previous_values from import_record where batch_id = ?", String.class,
                batch)).startsWith("enc1:next:");

        encryption.useKeys(KeyRing.of(NEXT));

        assertThat(contacts.find(rose.id()).orElseThrow().draft().emails()).isEqualTo(rose.draft().emails());
        assertThat(engagements.find(meeting.id()).orElseThrow().row().notes()).isEqualTo("Notes " + marker);
        assertThat(contacts.matchForImport(List.of(new ImportKey(null, Set.of(email.toUpperCase()), "R", "L",
                null)))).singleElement().extracting(ImportMatch::contactId).isEqualTo(rose.id());
        assertThat(encryption.open("import/previous-values", jdbc.queryForObject(
                "select previous_values from import_record where batch_id = ?", String.class, batch))).contains(marker);
        assertThat(rotateKeys.run(new Command.CommandArguments(List.of()))).as("a second run finds nothing to do")
                .isZero();
        assertThat(stored("select primary_email from contact where id = ?", rose.id())).startsWith("enc1:next:");
    }

    @Test
    void withoutTheKeyThatEncryptedThemConfidentialDetailsAreRefusedNamingTheMissingKey() {
        ContactDetails rose = confidentialContact();

        encryption.useKeys(KeyRing.of(NEXT));

        assertThatThrownBy(() -> contacts.find(rose.id())).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("key 'test'").hasMessageContaining("INTERLOCUTOR_ENCRYPTION_OLD_KEYS");
        assertThat(rotateKeys.run(new Command.CommandArguments(List.of()))).as("rotate-keys refuses too").isOne();
    }
}
