package org.interlocutor.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A follow-up as entered: what, who, by when, and which of the engagement's participants it concerns. */
public record FollowUpDraft(@NotBlank @Size(max = 1000) String description, long assigneeId,
                            @NotNull LocalDate dueOn, Set<Long> contactIds) {

    public FollowUpDraft {
        contactIds = Set.copyOf(contactIds);
    }
}
