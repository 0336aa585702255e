package org.interlocutor.outreach;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Everything a plan's page shows about the plan, its progress for the reader, and the version to send back. */
public record OutreachPlanDetails(long id, long campaignId, String campaignName, String name, long officerId,
                                  String officerName, LocalDate startsOn, LocalDate targetOn,
                                  OutreachPriority priority, @Nullable String notes, boolean archived,
                                  OutreachProgress progress, Instant createdAt, String createdBy, Instant updatedAt,
                                  String updatedBy, long version) {

    public OutreachPlanDraft toDraft() {
        return new OutreachPlanDraft(name, officerId, startsOn, targetOn, priority, notes);
    }
}
