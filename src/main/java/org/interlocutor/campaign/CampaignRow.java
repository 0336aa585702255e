package org.interlocutor.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A campaign as lists and pickers show it. */
public record CampaignRow(long id, String name, CampaignStatus status, @Nullable LocalDate startsOn,
                          @Nullable LocalDate endsOn, boolean archived) {
}
