package org.interlocutor.organization;

import org.jspecify.annotations.Nullable;

/** The organisations list's filter. {@code parentId} narrows to the direct sub-units of one organisation. */
public record OrganizationFilter(String text, @Nullable OrganizationKind kind, @Nullable String countryCode,
                                 boolean includeArchived, @Nullable Long parentId) {

    public static final OrganizationFilter ACTIVE = new OrganizationFilter("", null, null, false, null);

    public static OrganizationFilter subUnitsOf(long parentId) {
        return new OrganizationFilter("", null, null, false, parentId);
    }
}
