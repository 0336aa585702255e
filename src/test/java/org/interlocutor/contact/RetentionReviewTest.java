package org.interlocutor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlocutor.IntegrationTest;
import org.interlocutor.engagement.EngagementDraft;
import org.interlocutor.engagement.EngagementKind;
import org.interlocutor.engagement.EngagementService;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The retention review lists the people entered before the cutoff and not engaged since, as far as the reader may see. */
@IntegrationTest
@WithStaff(username = "retention.manager", role = Role.MANAGER)
class RetentionReviewTest {

    private static final LocalDate CUTOFF = LocalDate.of(2021, 6, 1);

    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngagementService engagements;

    private final String family = "Ret" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    /** A contact entered on {@code entered} (written as an old record is) and last met on {@code lastEngaged}. */
    private long contact(String given, LocalDate entered, @Nullable LocalDate lastEngaged) {
        long id = contacts.create(ContactDraft.of(given, family, StakeholderCategory.MEDIA), null).id();
        jdbc.update("update contact set created_at = ? where id = ?",
                java.sql.Timestamp.from(entered.atStartOfDay(ZoneOffset.UTC).toInstant()), id);
        if (lastEngaged != null) {
            meet("retention.manager", Role.MANAGER, lastEngaged, Set.of(id));
        }
        return id;
    }

    private void meet(String username, Role role, LocalDate day, Set<Long> participants) {
        long staff = testUsers.ensure(username, role).id();
        testUsers.runAs(username, role, () -> engagements.create(new EngagementDraft(EngagementKind.MEETING,
                day.atTime(9, 0).toInstant(ZoneOffset.UTC), null, null, "Meeting " + family, null, null,
                participants, Set.of(), Set.of(staff), Set.of(), Sensitivity.NORMAL, List.of())));
    }

    /** Every person due, page after page: other tests leave people of long ago in the same database. */
    private List<Long> due() {
        return dueRows().stream().map(ContactRow::id).toList();
    }

    private List<ContactRow> dueRows() {
        List<ContactRow> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<ContactRow> rows = contacts.notEngagedSince(CUTOFF, PageRequest.of(page, 500));
            all.addAll(rows);
            if (rows.size() < 500) {
                return all;
            }
        }
    }

    @Test
    void peopleEnteredBeforeTheCutoffAndNotEngagedSinceAreDueAndNobodyElse() {
        long neverEngaged = contact("Never", CUTOFF.minusYears(2), null);
        long quietSince = contact("Quiet", CUTOFF.minusYears(3), CUTOFF.minusDays(1));
        long engagedOnTheCutoff = contact("Recent", CUTOFF.minusYears(3), CUTOFF);
        long enteredAfter = contact("New", CUTOFF.plusDays(1), null);
        long archived = contact("Archived", CUTOFF.minusYears(2), null);
        contacts.bulk(BulkSelection.of(java.util.Set.of(archived)), new BulkAction.Archive());

        List<Long> due = due();

        assertThat(due).contains(neverEngaged, quietSince)
                .doesNotContain(engagedOnTheCutoff, enteredAfter, archived);
        assertThat(contacts.countNotEngagedSince(CUTOFF)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aConfidentialPersonOfAColleagueIsNotListedNorCountedForAManager() {
        long before = contacts.countNotEngagedSince(CUTOFF);
        long colleague = testUsers.ensure("retention.colleague", Role.OFFICER).id();
        long hidden = testUsers.as("retention.colleague", Role.OFFICER, () -> {
            long id = contacts.create(ContactDraft.of("Hidden", family, StakeholderCategory.HUMAN_RIGHTS_DEFENDER)
                    .withSensitivity(Sensitivity.CONFIDENTIAL, colleague), null).id();
            jdbc.update("update contact set created_at = ? where id = ?",
                    java.sql.Timestamp.from(Instant.parse("2015-01-01T00:00:00Z")), id);
            return id;
        });

        assertThat(due()).doesNotContain(hidden);
        assertThat(contacts.countNotEngagedSince(CUTOFF)).isEqualTo(before);
    }

    @Test
    void aMeetingTheManagerMayNotSeeNeitherKeepsAPersonOffTheListNorDatesThem() {
        long quiet = contact("Quietly met", CUTOFF.minusYears(3), CUTOFF.minusYears(1));
        long colleague = testUsers.ensure("retention.colleague", Role.OFFICER).id();
        long secret = testUsers.as("retention.colleague", Role.OFFICER, () -> contacts.create(ContactDraft.of(
                "Secret", family, StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL,
                colleague), null).id());
        // confidential through its other participant: the colleague's only
        meet("retention.colleague", Role.OFFICER, CUTOFF.plusMonths(2), Set.of(quiet, secret));

        assertThat(due()).contains(quiet);
        assertThat(dueRows().stream().filter(row -> row.id() == quiet)).extracting(ContactRow::lastEngagedOn)
                .containsExactly(CUTOFF.minusYears(1));
    }

    @Test
    @WithStaff(username = "retention.officer", role = Role.OFFICER)
    void officersDoNotReviewRetention() {
        assertThatThrownBy(() -> contacts.notEngagedSince(CUTOFF, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
