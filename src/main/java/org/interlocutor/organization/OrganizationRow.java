package org.interlocutor.organization;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An organisation as lists, pages and pickers show it. */
public record OrganizationRow(long id, String name, @Nullable String acronym, OrganizationKind kind,
                              @Nullable String countryCode, @Nullable Long parentId, @Nullable String parentName,
                              @Nullable String website, @Nullable String notes, boolean archived,
                              long subUnitCount, Instant updatedAt, String updatedBy, long version) {

    public String displayName() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }

    public OrganizationDraft toDraft() {
        return new OrganizationDraft(name, acronym, kind, countryCode, parentId, website, notes);
    }
}
