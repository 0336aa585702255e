package org.interlocutor.engagement;

import java.time.Instant;
import java.util.List;
import org.interlocutor.campaign.CampaignRow;
import org.interlocutor.contact.ContactRow;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.security.StaffMember;
import org.interlocutor.shared.Sensitivity;

/**
 * One engagement with what its page and edit dialog need. {@code minimumSensitivity} is what its visible
 * participants impose; {@code editable} and {@code deletable} say what the reader may do with it.
 */
public record EngagementDetails(EngagementRow row, List<ContactRow> participants,
                                List<OrganizationRow> organizations, List<StaffMember> staff,
                                List<CampaignRow> campaigns, List<FollowUpRow> followUps,
                                Sensitivity minimumSensitivity, Instant createdAt, String createdBy,
                                Instant updatedAt, String updatedBy, long version, boolean editable,
                                boolean deletable) {

    public long id() {
        return row.id();
    }
}
