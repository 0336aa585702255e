package org.interlocutor.engagement;

import java.time.Instant;

/** A colleague granted access to a restricted or confidential engagement by hand. */
public record EngagementGrantRow(long userId, String displayName, String grantedBy, Instant grantedAt) {
}
