package org.interlocutor.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * What a person enters when logging or editing an engagement. {@code sensitivity} is what they chose; the saved
 * engagement is raised to its most sensitive participant if that is higher. {@code followUps} are added, never
 * replace existing ones.
 */
public record EngagementDraft(@NotNull EngagementKind kind, @NotNull Instant startedAt, @Nullable Instant endedAt,
                              @Nullable @Size(max = 300) String place,
                              @NotBlank @Size(max = 300) String title,
                              @Nullable @Size(max = 10000) String notes,
                              @Nullable @Size(max = 2000) String outcome,
                              Set<Long> participantIds, Set<Long> organizationIds, Set<Long> staffIds,
                              Set<Long> campaignIds, @NotNull Sensitivity sensitivity,
                              List<@Valid FollowUpDraft> followUps) {

    public EngagementDraft {
        participantIds = Set.copyOf(participantIds);
        organizationIds = Set.copyOf(organizationIds);
        staffIds = Set.copyOf(staffIds);
        campaignIds = Set.copyOf(campaignIds);
        followUps = List.copyOf(followUps);
    }

    public EngagementDraft withFollowUps(List<FollowUpDraft> newFollowUps) {
        return new EngagementDraft(kind, startedAt, endedAt, place, title, notes, outcome, participantIds,
                organizationIds, staffIds, campaignIds, sensitivity, newFollowUps);
    }

    public EngagementDraft withParticipants(Set<Long> newParticipantIds) {
        return new EngagementDraft(kind, startedAt, endedAt, place, title, notes, outcome, newParticipantIds,
                organizationIds, staffIds, campaignIds, sensitivity, followUps);
    }

    public EngagementDraft withSensitivity(Sensitivity newSensitivity) {
        return new EngagementDraft(kind, startedAt, endedAt, place, title, notes, outcome, participantIds,
                organizationIds, staffIds, campaignIds, newSensitivity, followUps);
    }

    public EngagementDraft withStartedAt(Instant newStartedAt) {
        return new EngagementDraft(kind, newStartedAt, endedAt, place, title, notes, outcome, participantIds,
                organizationIds, staffIds, campaignIds, sensitivity, followUps);
    }
}
