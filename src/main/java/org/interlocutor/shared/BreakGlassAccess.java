package org.interlocutor.shared;

import java.time.Instant;

/**
 * One time an administrator broke the glass on a record: who, when, why and until when. Shown to the record's owner
 * (and administrators) on the record's page, after the access has ended too.
 */
public record BreakGlassAccess(long userId, String who, Instant openedAt, String reason, Instant expiresAt) {

    public boolean activeAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
