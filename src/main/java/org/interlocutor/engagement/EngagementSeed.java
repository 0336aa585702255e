package org.interlocutor.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interlocutor.contact.ParticipantFacts;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/** One engagement for {@link EngagementBulkWriter}, with its follow-ups. */
public record EngagementSeed(EngagementKind kind, Instant startedAt, @Nullable Instant endedAt,
                             @Nullable String place, String title, @Nullable String notes, @Nullable String outcome,
                             Sensitivity sensitivity, long ownerId, List<ParticipantFacts> participants,
                             List<Long> organizationIds, List<Long> staffIds, List<Long> campaignIds,
                             List<FollowUpSeed> followUps) {

    public record FollowUpSeed(String description, long assigneeId, LocalDate dueOn, FollowUpStatus status,
                               Set<Long> contactIds) {
    }
}
