package org.interlocutor.outreach;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A plan's target as its page lists it: what it is (one of contact, organisation or country is set, as the kind
 * says), its name for the reader, a word about it (a contact's organisation), where it stands, and when it was last
 * engaged since the plan began (for a reached target).
 */
public record OutreachTargetRow(long id, TargetKind kind, @Nullable Long contactId, @Nullable Long organizationId,
                                @Nullable String countryCode, String name, @Nullable String detail,
                                TargetStatus status, @Nullable Instant lastEngagedAt) {
}
