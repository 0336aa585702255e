package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.interlocutor.shared.crypto.SealedValueException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A confidential engagement's notes and outcome are encrypted in the database and read in clear by whoever may see
 * the engagement; its notes give no search words (its title still does); a list that does not show them does not
 * decrypt them. Each test reads the raw rows to see what a stolen database would show.
 */
@IntegrationTest
@WithStaff(username = "crypt.engager", role = Role.OFFICER)
class EngagementEncryptionTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    private static final Instant MAY_5 = Instant.parse("2026-05-05T10:00:00Z");

    @Autowired
    EngagementService engagements;
    @Autowired
    EngagementBulkWriter bulkWriter;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "cre" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
    private final String noteWord = "sealed" + marker;

    private ContactDetails person(Sensitivity sensitivity) {
        return contacts.create(ContactDraft.of("Omar", "Haidari " + marker, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                .withSensitivity(sensitivity, null), null);
    }

    private EngagementDraft meeting(Set<Long> participants, Sensitivity sensitivity) {
        long me = testUsers.ensure("crypt.engager", Role.OFFICER).id();
        return new EngagementDraft(EngagementKind.MEETING, MAY_5, MAY_5.plus(1, ChronoUnit.HOURS), "Gulu",
                "Debrief " + marker, "He named two witnesses " + noteWord, "Relocation requested " + marker,
                participants, Set.of(), Set.of(me), Set.of(), sensitivity, List.of());
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select notes, outcome, sealed_notes, sealed_outcome from engagement where id = ?", id);
    }

    private List<String> keys(long id) {
        return jdbc.queryForList("select lookup from engagement_key where engagement_id = ?", String.class, id);
    }

    private List<Long> found(String text) {
        return engagements.rows(EngagementFilter.NONE.withText(text), FIRST_PAGE).stream().map(EngagementRow::id)
                .toList();
    }

    @Test
    void confidentialNotesAndOutcomeAreEncryptedAtRestAndReadInClearByWhoMaySeeThem() {
        EngagementDetails logged = engagements.create(meeting(Set.of(person(Sensitivity.NORMAL).id()),
                Sensitivity.CONFIDENTIAL));

        Map<String, Object> row = row(logged.id());
        assertThat(row.get("notes")).isNull();
        assertThat(row.get("outcome")).isNull();
        assertThat((String) row.get("sealed_notes")).startsWith("enc1:test:").doesNotContain(noteWord);
        assertThat((String) row.get("sealed_outcome")).startsWith("enc1:test:");
        assertThat(keys(logged.id())).contains("word:debrief", "word:" + marker).doesNotContain("word:" + noteWord,
                "word:witnesses");

        EngagementRow read = engagements.find(logged.id()).orElseThrow().row();
        assertThat(read.notes()).isEqualTo("He named two witnesses " + noteWord);
        assertThat(read.outcome()).isEqualTo("Relocation requested " + marker);
        assertThat(engagements.rows(EngagementFilter.NONE.withText(marker), FIRST_PAGE)).singleElement()
                .satisfies(timeline -> assertThat(timeline.notes()).isEqualTo(read.notes()));
        assertThat(testUsers.as("crypt.manager", Role.MANAGER, () -> engagements.find(logged.id()))).isEmpty();
    }

    @Test
    void theListDoesNotDecryptWhatItDoesNotShow() {
        EngagementDetails logged = engagements.create(meeting(Set.of(person(Sensitivity.NORMAL).id()),
                Sensitivity.CONFIDENTIAL));
        Object sealed = row(logged.id()).get("sealed_notes");
        // notes that cannot be decrypted: the list must not even try
        jdbc.update("update engagement set sealed_notes = ? where id = ?", "enc1:test:altered", logged.id());
        try {
            assertThat(engagements.listRows(EngagementFilter.NONE.withText(marker), FIRST_PAGE)).singleElement()
                    .satisfies(listed -> {
                        assertThat(listed.id()).isEqualTo(logged.id());
                        assertThat(listed.title()).isEqualTo("Debrief " + marker);
                        assertThat(listed.notes()).isNull();
                        assertThat(listed.outcome()).isNull();
                    });
            assertThatThrownBy(() -> engagements.find(logged.id())).isInstanceOf(SealedValueException.class);
        } finally {
            jdbc.update("update engagement set sealed_notes = ? where id = ?", sealed, logged.id());
        }
    }

    @Test
    void aConfidentialEngagementIsFoundByItsTitleButNotByTheWordsOfItsNotes() {
        EngagementDetails secret = engagements.create(meeting(Set.of(person(Sensitivity.NORMAL).id()),
                Sensitivity.CONFIDENTIAL));
        EngagementDetails open = engagements.create(meeting(Set.of(person(Sensitivity.NORMAL).id()),
                Sensitivity.NORMAL));

        assertThat(found("debrief " + marker)).containsExactlyInAnyOrder(secret.id(), open.id());
        assertThat(found(noteWord)).containsExactly(open.id());
        assertThat(row(open.id())).containsEntry("notes", "He named two witnesses " + noteWord)
                .containsEntry("sealed_notes", null);
    }

    @Test
    void changingTheSensitivityEncryptsOrDecryptsTheTextsInTheSameChange() {
        ContactDetails omar = person(Sensitivity.NORMAL);
        EngagementDetails open = engagements.create(meeting(Set.of(omar.id()), Sensitivity.NORMAL));
        assertThat(keys(open.id())).contains("word:" + noteWord);

        EngagementDetails secret = engagements.update(open.id(), open.version(),
                meeting(Set.of(omar.id()), Sensitivity.CONFIDENTIAL));

        assertThat(row(open.id())).containsEntry("notes", null).containsEntry("outcome", null);
        assertThat((String) row(open.id()).get("sealed_notes")).startsWith("enc1:");
        assertThat(keys(open.id())).doesNotContain("word:" + noteWord);
        assertThat(secret.row().notes()).isEqualTo(open.row().notes());

        EngagementDetails normal = engagements.update(secret.id(), secret.version(),
                meeting(Set.of(omar.id()), Sensitivity.NORMAL));

        assertThat(row(open.id())).containsEntry("notes", "He named two witnesses " + noteWord)
                .containsEntry("outcome", "Relocation requested " + marker)
                .containsEntry("sealed_notes", null).containsEntry("sealed_outcome", null);
        assertThat(keys(open.id())).contains("word:" + noteWord);
        assertThat(normal.row().outcome()).isEqualTo(open.row().outcome());
    }

    @Test
    void aParticipantMadeConfidentialEncryptsTheirEngagementsInTheSameChange() {
        ContactDetails omar = person(Sensitivity.NORMAL);
        EngagementDetails logged = engagements.create(meeting(Set.of(omar.id()), Sensitivity.NORMAL));
        EngagementDetails deleted = engagements.create(meeting(Set.of(omar.id()), Sensitivity.NORMAL));
        engagements.delete(deleted.id(), deleted.version());

        contacts.update(omar.id(), omar.version(), omar.draft().withSensitivity(Sensitivity.CONFIDENTIAL,
                omar.draft().ownerId()));

        for (long id : List.of(logged.id(), deleted.id())) {
            assertThat(row(id)).containsEntry("notes", null).containsEntry("outcome", null);
            assertThat((String) row(id).get("sealed_outcome")).startsWith("enc1:");
        }
        assertThat(keys(logged.id())).contains("word:debrief", "contact:" + omar.id())
                .doesNotContain("word:" + noteWord);
        assertThat(keys(deleted.id())).isEmpty();
        assertThat(engagements.find(logged.id()).orElseThrow().row().notes())
                .isEqualTo("He named two witnesses " + noteWord);
    }

    @Test
    void engagementsWrittenInBulkAreEncryptedTheSameWay() {
        ContactDetails omar = person(Sensitivity.CONFIDENTIAL);
        long me = testUsers.ensure("crypt.engager", Role.OFFICER).id();
        ParticipantFacts facts = new ParticipantFacts(omar.id(), Sensitivity.CONFIDENTIAL,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER, null, null, Set.of());
        testUsers.runAs("crypt.admin", Role.ADMIN, () -> bulkWriter.insert(List.of(new EngagementSeed(
                EngagementKind.CALL, MAY_5, null, null, "Call " + marker, "Bulk notes " + noteWord,
                "Bulk outcome", Sensitivity.NORMAL, me, List.of(facts), List.of(), List.of(me), List.of(),
                List.of())), "crypt.admin"));

        long id = jdbc.queryForObject("select id from engagement where title = ?", Long.class, "Call " + marker);
        assertThat(row(id)).containsEntry("notes", null).containsEntry("outcome", null);
        assertThat((String) row(id).get("sealed_notes")).startsWith("enc1:");
        assertThat(keys(id)).contains("word:call").doesNotContain("word:" + noteWord, "word:bulk");
        assertThat(engagements.find(id).orElseThrow().row().notes()).isEqualTo("Bulk notes " + noteWord);
    }
}
