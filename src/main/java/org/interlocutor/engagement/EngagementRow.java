package org.interlocutor.engagement;

import java.time.Instant;
import java.util.List;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * An engagement as timelines and lists show it. {@code participants} holds only the people the reader may see:
 * a confidential participant is left out without a trace.
 */
public record EngagementRow(long id, EngagementKind kind, Instant startedAt, @Nullable Instant endedAt,
                            @Nullable String place, String title, @Nullable String notes, @Nullable String outcome,
                            Sensitivity sensitivity, List<Ref> participants, List<Ref> organizations,
                            List<Ref> staff, List<Ref> campaigns, String ownerName, boolean archived) {
}
