package org.interlocutor.campaign;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Everything a campaign's page shows, with the version to send back when changing it. */
public record CampaignDetails(long id, String name, CampaignStatus status, @Nullable LocalDate startsOn,
                              @Nullable LocalDate endsOn, boolean archived, @Nullable String description,
                              @Nullable String objectives, Instant createdAt, String createdBy, Instant updatedAt,
                              String updatedBy, long version) {

    public CampaignRow row() {
        return new CampaignRow(id, name, status, startsOn, endsOn, archived);
    }

    public CampaignDraft toDraft() {
        return new CampaignDraft(name, description, objectives, startsOn, endsOn, status);
    }
}
