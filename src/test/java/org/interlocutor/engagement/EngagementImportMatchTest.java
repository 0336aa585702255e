package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Imported engagements matched to existing ones, and removed again when their import is undone. */
@IntegrationTest
@WithStaff(username = "engmatch.officer", role = Role.OFFICER)
class EngagementImportMatchTest {

    private static final Instant MAY_5 = Instant.parse("2026-05-05T10:00:00Z");

    @Autowired
    EngagementService engagements;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String marker = "em" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private ContactDetails contact(String familyName, Sensitivity sensitivity) {
        return contacts.create(ContactDraft.of("Omar", familyName + " " + marker, StakeholderCategory.ACADEMIA)
                .withSensitivity(sensitivity, null), null);
    }

    private EngagementDetails meeting(Instant at, String title, Set<Long> participants, Sensitivity sensitivity,
                                      List<FollowUpDraft> followUpDrafts) {
        long me = testUsers.ensure("engmatch.officer", Role.OFFICER).id();
        return engagements.create(new EngagementDraft(EngagementKind.MEETING, at, null, null, title, null, null,
                participants, Set.of(), Set.of(me), Set.of(), sensitivity, followUpDrafts));
    }

    @Test
    void importedRowsMatchByExportIdThenByTheSameStartAndTitle() {
        ContactDetails omar = contact("Matched", Sensitivity.NORMAL);
        EngagementDetails byId = meeting(MAY_5, "By id " + marker, Set.of(omar.id()), Sensitivity.NORMAL, List.of());
        EngagementDetails byTitle = meeting(MAY_5, "Réunion " + marker, Set.of(omar.id()), Sensitivity.NORMAL,
                List.of());

        List<EngagementImportMatch> matches = engagements.matchForImport(List.of(
                new EngagementImportKey(byId.id(), MAY_5.plusSeconds(3600), "Another title"),
                new EngagementImportKey(null, MAY_5, "  REUNION " + marker.toUpperCase()),
                new EngagementImportKey(null, MAY_5.plusSeconds(60), "Réunion " + marker),
                new EngagementImportKey(Long.MAX_VALUE, MAY_5, "Nothing " + marker)));

        assertThat(matches).containsExactly(
                new EngagementImportMatch(EngagementImportMatch.Outcome.MATCH, byId.id(),
                        EngagementImportMatch.Reason.EXPORT_ID),
                new EngagementImportMatch(EngagementImportMatch.Outcome.MATCH, byTitle.id(),
                        EngagementImportMatch.Reason.START_AND_TITLE),
                EngagementImportMatch.NONE,
                EngagementImportMatch.NONE);
    }

    @Test
    void anEngagementThePersonMayNotSeeIsAConflictByIdAndNoMatchByTitle() {
        EngagementDetails secret = testUsers.as("engmatch.other", Role.OFFICER, () -> {
            ContactDetails source = contact("Source", Sensitivity.CONFIDENTIAL);
            long other = testUsers.ensure("engmatch.other", Role.OFFICER).id();
            return engagements.create(new EngagementDraft(EngagementKind.CALL, MAY_5, null, null, "Secret " + marker,
                    null, null, Set.of(source.id()), Set.of(), Set.of(other), Set.of(), Sensitivity.CONFIDENTIAL,
                    List.of()));
        });

        List<EngagementImportMatch> matches = engagements.matchForImport(List.of(
                new EngagementImportKey(secret.id(), MAY_5, "Anything"),
                new EngagementImportKey(null, MAY_5, "Secret " + marker)));

        assertThat(matches).containsExactly(
                new EngagementImportMatch(EngagementImportMatch.Outcome.CONFLICT, null,
                        EngagementImportMatch.Reason.EXPORT_ID),
                EngagementImportMatch.NONE);
    }

    @Test
    void aDeletedEngagementMatchesNothing() {
        ContactDetails omar = contact("Deleted", Sensitivity.NORMAL);
        EngagementDetails deleted = meeting(MAY_5, "Deleted " + marker, Set.of(omar.id()), Sensitivity.NORMAL,
                List.of());
        engagements.delete(deleted.id(), deleted.version());

        assertThat(engagements.matchForImport(List.of(new EngagementImportKey(deleted.id(), MAY_5,
                "Deleted " + marker)))).containsExactly(EngagementImportMatch.NONE);
    }

    @Test
    void removingImportedEngagementsTakesTheirFollowUpsAndKeysAndDatesTheirParticipantsAgain() {
        ContactDetails omar = contact("Removed", Sensitivity.NORMAL);
        long me = testUsers.ensure("engmatch.officer", Role.OFFICER).id();
        EngagementDetails earlier = meeting(MAY_5, "Earlier " + marker, Set.of(omar.id()), Sensitivity.NORMAL,
                List.of());
        EngagementDetails imported = meeting(MAY_5.plusSeconds(86_400 * 30), "Imported " + marker, Set.of(omar.id()),
                Sensitivity.NORMAL, List.of(new FollowUpDraft("Send the note " + marker, me,
                        LocalDate.of(2026, 6, 10), Set.of(omar.id()))));
        assertThat(contacts.find(omar.id()).orElseThrow().lastEngagedOn()).isEqualTo(LocalDate.of(2026, 6, 4));

        engagements.removeImported(List.of(imported.id()));

        assertThat(engagements.find(imported.id())).isEmpty();
        assertThat(engagements.rows(EngagementFilter.ofContact(omar.id()), PageRequest.of(0, 10)))
                .extracting(EngagementRow::id).containsExactly(earlier.id());
        assertThat(engagements.count(EngagementFilter.NONE.withText("Imported " + marker))).isZero();
        for (String table : List.of("engagement", "engagement_participant", "engagement_staff", "engagement_access",
                "engagement_key", "follow_up")) {
            String column = table.equals("engagement") ? "id" : "engagement_id";
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class,
                    imported.id())).as(table).isZero();
        }
        assertThat(followUps.countOfContact(omar.id())).isZero();
        assertThat(contacts.find(omar.id()).orElseThrow().lastEngagedOn()).isEqualTo(LocalDate.of(2026, 5, 5));
    }
}
