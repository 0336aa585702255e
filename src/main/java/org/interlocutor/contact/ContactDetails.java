package org.interlocutor.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.interlocutor.shared.BreakGlassAccess;
import org.jspecify.annotations.Nullable;

/**
 * Everything a contact's page shows, with what the viewer may do: edit the profile (officers and above), manage
 * its access (owner, sensitivity, grants: the owner, managers and administrators). {@code breakGlass} lists the
 * latest break-glass accesses of administrators, for the owner and administrators only (empty for others).
 */
public record ContactDetails(long id, ContactDraft draft, String displayName, @Nullable String organizationName,
                             @Nullable String ownerName, @Nullable LocalDate lastEngagedOn, boolean archived,
                             List<AffiliationRow> affiliations, List<GrantRow> grants, Instant createdAt,
                             String createdBy, Instant updatedAt, String updatedBy, long version, boolean canEdit,
                             boolean canManageAccess, List<BreakGlassAccess> breakGlass) {
}
