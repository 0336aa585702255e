package org.interlocutor.engagement;

import org.interlocutor.contact.Stance;
import org.jspecify.annotations.Nullable;

/**
 * A contact on a campaign's stakeholder map: influence (1 to 5; null for the "not placed") and stance as of the map's
 * date, the day of its last engagement the reader may see up to that date (null: none) and its recency bucket, and
 * the contact's current version, which a quick change of today's position hands back.
 */
public record StakeholderPoint(long contactId, String displayName, @Nullable Integer influence, Stance stance,
                               java.time.@Nullable LocalDate lastEngagedOn, Recency recency, long version) {
}
