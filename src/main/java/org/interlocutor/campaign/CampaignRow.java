package org.interlocutor.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Placeholder until the campaign branch lands (same signature). */
public record CampaignRow(long id, String name, CampaignStatus status, @Nullable LocalDate startsOn,
                          @Nullable LocalDate endsOn, boolean archived) {
}
