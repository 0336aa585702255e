package org.interlocutor.contact;

import org.jspecify.annotations.Nullable;

/**
 * Where a contact stood on a date: influence (1 to 5, or null when not assessed) and stance, with the contact's name
 * and current version (what a quick change of today's position needs).
 */
public record ContactPosition(long contactId, String displayName, @Nullable Integer influence, Stance stance,
                              long version) {
}
