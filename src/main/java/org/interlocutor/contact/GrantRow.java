package org.interlocutor.contact;

import java.time.Instant;

/** A colleague granted access to a restricted or confidential contact. */
public record GrantRow(long userId, String displayName, String grantedBy, Instant grantedAt) {
}
