package org.interlocutor.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.interlocutor.IntegrationTest;
import org.interlocutor.contact.ContactBulkWriter;
import org.interlocutor.contact.ContactDetails;
import org.interlocutor.contact.ContactDraft;
import org.interlocutor.contact.ContactService;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.security.Role;
import org.interlocutor.security.TestUsers;
import org.interlocutor.security.WithStaff;
import org.interlocutor.shared.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Engagements written in bulk (demo data) are found, protected and dated exactly as logged ones. */
@IntegrationTest
@WithStaff(username = "bulk.admin", role = Role.ADMIN)
class EngagementBulkWriterTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 10);

    @Autowired
    EngagementBulkWriter writer;
    @Autowired
    ContactBulkWriter contactWriter;
    @Autowired
    EngagementService engagements;
    @Autowired
    ContactService contacts;
    @Autowired
    TestUsers testUsers;

    private final String marker = "blk" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    @Test
    void bulkEngagementsCarryTheKeysTheSensitivityFloorAndTheDatesOfLoggedOnes() {
        long owner = testUsers.ensure("bulk.owner", Role.OFFICER).id();
        ContactDetails open = contacts.create(ContactDraft.of("Olga", "Open " + marker,
                StakeholderCategory.MEDIA), null);
        ContactDetails guarded = contacts.create(ContactDraft.of("Gael", "Guarded " + marker,
                StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withSensitivity(Sensitivity.CONFIDENTIAL, owner), null);
        Map<Long, ParticipantFacts> facts = contacts.participantFacts(List.of(open.id(), guarded.id()));
        Instant at = Instant.parse("2025-06-02T08:00:00.123456789Z");

        writer.insert(List.of(
                seed("Alone " + marker, at, List.of(facts.get(open.id())), owner),
                seed("Together " + marker, at.plusSeconds(3600), List.of(facts.get(open.id()),
                        facts.get(guarded.id())), owner)), "test");
        Map<Long, LocalDate> dates = writer.lastEngagementDates();
        contactWriter.setLastEngaged(Map.of(open.id(), dates.get(open.id()), guarded.id(), dates.get(guarded.id())));

        List<EngagementRow> seenByOwner = testUsers.as("bulk.owner", Role.OFFICER,
                () -> engagements.rows(EngagementFilter.NONE.withText(marker), FIRST_PAGE));
        assertThat(seenByOwner).extracting(EngagementRow::title)
                .containsExactly("Together " + marker, "Alone " + marker);
        assertThat(seenByOwner.getFirst().sensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(seenByOwner.getFirst().startedAt()).isEqualTo(Instant.parse("2025-06-02T09:00:00Z"));
        assertThat(testUsers.as("bulk.stranger", Role.OFFICER,
                () -> engagements.rows(EngagementFilter.ofContact(open.id()), FIRST_PAGE)))
                .extracting(EngagementRow::title).containsExactly("Alone " + marker);
        assertThat(testUsers.as("bulk.owner", Role.OFFICER, () -> engagements.count(
                EngagementFilter.NONE.withCategory(StakeholderCategory.HUMAN_RIGHTS_DEFENDER).withText(marker))))
                .isEqualTo(1);
        assertThat(contacts.find(open.id()).orElseThrow().lastEngagedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    private static EngagementSeed seed(String title, Instant at, List<ParticipantFacts> participants, long owner) {
        return new EngagementSeed(EngagementKind.CALL, at, null, "Phone", title, "Notes on reparations", null,
                Sensitivity.NORMAL, owner, participants, List.of(), List.of(owner), List.of(),
                List.of(new EngagementSeed.FollowUpSeed("Call back", owner, LocalDate.of(2025, 6, 9),
                        FollowUpStatus.DONE, Set.of(participants.getFirst().contactId()))));
    }
}
