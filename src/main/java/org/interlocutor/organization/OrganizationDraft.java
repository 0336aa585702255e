package org.interlocutor.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a person fills in to create or edit an organisation. */
public record OrganizationDraft(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 40) @Nullable String acronym,
        @NotNull OrganizationKind kind,
        @Nullable String countryCode,
        @Nullable Long parentId,
        @Size(max = 500) @Nullable String website,
        @Size(max = 4000) @Nullable String notes) {
}
