package org.interlocutor.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a manager fills in to create or edit a plan: engagements from {@code startsOn} on count towards it; the
 * target date may not come before it. The assigned officer must be an enabled colleague who can log engagements.
 */
public record OutreachPlanDraft(
        @NotBlank @Size(max = 200) String name,
        long officerId,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate targetOn,
        @NotNull OutreachPriority priority,
        @Size(max = 4000) @Nullable String notes) {
}
