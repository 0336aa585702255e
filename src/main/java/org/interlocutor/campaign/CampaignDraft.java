package org.interlocutor.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a manager fills in to create or edit a campaign. Both dates are optional (a theme may run open-ended); when
 * both are given the end may not come before the start.
 */
public record CampaignDraft(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) @Nullable String description,
        @Size(max = 4000) @Nullable String objectives,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @NotNull CampaignStatus status) {
}
