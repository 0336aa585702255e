package org.interlocutor.engagement;

import java.time.Instant;
import java.util.List;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.BreakGlassAccess;
import org.interlocutor.shared.Sensitivity;

/**
 * One engagement with what its page and edit dialog need. {@code minimumSensitivity} is what its visible
 * participants impose; {@code editable} and {@code deletable} say what the reader may do with it. {@code grants}
 * are the colleagues granted access by hand, which the owner, managers and administrators manage
 * ({@code canManageAccess}); {@code breakGlass} lists administrators' break-glass accesses, for the owner and
 * administrators only (empty for others).
 */
public record EngagementDetails(EngagementRow row, List<ContactRow> participants,
                                List<OrganizationRow> organizations, List<StaffMember> staff,
                                List<CampaignRow> campaigns, List<FollowUpRow> followUps,
                                Sensitivity minimumSensitivity, Instant createdAt, String createdBy,
                                Instant updatedAt, String updatedBy, long version, boolean editable,
                                boolean deletable, List<EngagementGrantRow> grants, boolean canManageAccess,
                                List<BreakGlassAccess> breakGlass) {

    public long id() {
        return row.id();
    }

    /**
     * The engagement as its edit dialog fills the draft: the participants the reader may see (an update keeps the
     * hidden ones), its sensitivity as it is now, and no new follow-ups.
     */
    public EngagementDraft toDraft() {
        return new EngagementDraft(row.kind(), row.startedAt(), row.endedAt(), row.place(), row.title(), row.notes(),
                row.outcome(), ids(participants.stream().map(ContactRow::id)),
                ids(organizations.stream().map(OrganizationRow::id)), ids(staff.stream().map(StaffMember::id)),
                ids(campaigns.stream().map(CampaignRow::id)), row.sensitivity(), List.of());
    }

    private static java.util.Set<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.collect(java.util.stream.Collectors.toSet());
    }
}
