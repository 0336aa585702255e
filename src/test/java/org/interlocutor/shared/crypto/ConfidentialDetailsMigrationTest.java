package org.interlocutor.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.AffiliationDraft;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.EmailEntry;
import org.interlocutor.contact.ImportKey;
import org.interlocutor.contact.ImportMatch;
import org.interlocutor.contact.LawfulBasis;
import org.interlocutor.contact.PhoneEntry;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.contact.Stance;
import org.interlocutor.engagement.EngagementDetails;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementFilter;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementRow;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.organization.OrganizationDraft;
import org.interlocutor.organization.OrganizationKind;
import org.interlocutor.organization.OrganizationService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V13 on a database written before encryption at rest: confidential records that kept their details in
 * clear (made here by marking records confidential behind the application's back) get them encrypted, with what
 * was derived from them, and read as before.
 */
@IntegrationTest
@WithStaff(username = "mig.officer", role = Role.OFFICER)
class ConfidentialDetailsMigrationTest {

    @Autowired
    ConfidentialDetailsMigration migration;
    @Autowired
    ContactService contacts;
    @Autowired
    EngagementService engagements;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "mig" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private void markConfidentialBehindTheApplicationsBack(long contactId, long engagementId) {
        jdbc.update("update contact set sensitivity = 'CONFIDENTIAL' where id = ?", contactId);
        jdbc.update("update engagement set sensitivity = 'CONFIDENTIAL' where id = ?", engagementId);
        jdbc.update("update engagement_key set sensitivity = 'CONFIDENTIAL' where engagement_id = ?", engagementId);
    }

    private List<String> tokens(long contactId) {
        return jdbc.queryForList("select token from contact_search_token where contact_id = ?", String.class,
                contactId);
    }

    private List<String> keys(long engagementId) {
        return jdbc.queryForList("select lookup from engagement_key where engagement_id = ?", String.class,
                engagementId);
    }

    @Test
    void confidentialDetailsKeptInClearBeforeAreEncryptedWithWhatWasDerivedFromThem() {
        long shelter = organizations.create(new OrganizationDraft("Safe Shelter " + marker, "SSN", OrganizationKind.NGO,
                null, null, null, null)).id();
        ContactDraft draft = new ContactDraft(null, "Rose", "Lokiru " + marker, null,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER, null, null, Set.of(),
                List.of(new EmailEntry("rose.hidden" + marker + "@shelter.example", "home", true)),
                List.of(new PhoneEntry("+256 700 000 333", "night", true)), null, null, Stance.UNKNOWN,
                Sensitivity.NORMAL, LawfulBasis.CONSENT, "Consent " + marker, Set.of());
        ContactDetails rose = contacts.create(draft, new AffiliationDraft(shelter, null, null, null, true));
        long me = testUsers.ensure("mig.officer", Role.OFFICER).id();
        Instant at = Instant.parse("2026-07-01T08:00:00Z");
        EngagementDetails meeting = engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null, null,
                "Debrief " + marker, "Debrief notes: relocation" + marker, "Agreed " + marker, Set.of(rose.id()),
                Set.of(), Set.of(me), Set.of(), Sensitivity.NORMAL, List.of()));
        long batch = journalEntryInClear(me);
        markConfidentialBehindTheApplicationsBack(rose.id(), meeting.id());
        assertThat(tokens(rose.id())).contains("hidden" + marker, "shelter", "example", "rose");
        assertThat(keys(meeting.id())).contains("word:relocation" + marker, "word:debrief");

        migration.sealValuesKeptInClear(jdbc);

        Map<String, Object> row = jdbc.queryForMap("select primary_email, primary_phone, consent_note, email_list,"
                + " phone_list from contact where id = ?", rose.id());
        assertThat(row.get("email_list")).isNull();
        assertThat(row.get("phone_list")).isNull();
        assertThat(List.of(row.get("primary_email"), row.get("primary_phone"), row.get("consent_note")))
                .allSatisfy(value -> assertThat((String) value).startsWith("enc1:test:"));
        assertThat(jdbc.queryForMap("select email, email_key, label from contact_email where contact_id = ?",
                rose.id()).values()).allSatisfy(value -> assertThat((String) value).matches("(enc1|bi1):test:.*"));
        assertThat(jdbc.queryForMap("select phone, label from contact_phone where contact_id = ?", rose.id())
                .values()).allSatisfy(value -> assertThat((String) value).startsWith("enc1:test:"));
        // the email's own words go; those also in a name or an organisation stay
        assertThat(tokens(rose.id())).contains("rose", "shelter", "ssn").doesNotContain("hidden" + marker, "example");
        assertThat(jdbc.queryForMap("select notes, outcome from engagement where id = ?", meeting.id()).values())
                .containsOnlyNulls();
        assertThat(jdbc.queryForObject("select sealed_notes from engagement where id = ?", String.class,
                meeting.id())).startsWith("enc1:test:");
        assertThat(keys(meeting.id())).contains("word:debrief", "contact:" + rose.id())
                .doesNotContain("word:relocation" + marker);
        assertThat(jdbc.queryForObject("select previous_values from import_record where batch_id = ?", String.class,
                batch)).startsWith("enc1:test:");

        ContactDraft read = contacts.find(rose.id()).orElseThrow().draft();
        assertThat(read.emails()).isEqualTo(draft.emails());
        assertThat(read.phones()).isEqualTo(draft.phones());
        assertThat(read.consentNote()).isEqualTo("Consent " + marker);
        assertThat(contacts.matchForImport(List.of(new ImportKey(null, Set.of("ROSE.HIDDEN" + marker
                + "@shelter.example"), "R", "L", null)))).singleElement().extracting(ImportMatch::contactId)
                .isEqualTo(rose.id());
        assertThat(engagements.rows(EngagementFilter.ofContact(rose.id()), PageRequest.of(0, 10))).singleElement()
                .extracting(EngagementRow::notes).isEqualTo("Debrief notes: relocation" + marker);

        String sealedNote = (String) row.get("consent_note");
        migration.sealValuesKeptInClear(jdbc);
        assertThat(jdbc.queryForObject("select consent_note from contact where id = ?", String.class, rose.id()))
                .as("a second run changes nothing").isEqualTo(sealedNote);
    }

    private long journalEntryInClear(long me) {
        jdbc.update("insert into import_batch (import_type, file_name, sheet_name, duplicate_mode, partial_allowed,"
                        + " status, rows_read, created_count, updated_count, skipped_count, rejected_count, author_id,"
                        + " author_name, started_at, version) values ('CONTACTS', ?, 'Sheet1', 'UPDATE', false,"
                        + " 'COMPLETED', 1, 0, 1, 0, 0, ?, 'mig.officer', ?, 0)", marker + ".xlsx", me,
                LocalDateTime.now(ZoneOffset.UTC));
        long batch = jdbc.queryForObject("select id from import_batch where file_name = ?", Long.class,
                marker + ".xlsx");
        jdbc.update("insert into import_record (batch_id, record_type, record_id, action, previous_values)"
                + " values (?, 'CONTACT', 0, 'UPDATED', ?)", batch, "{\"consentNote\":\"" + marker + "\"}");
        return batch;
    }
}
