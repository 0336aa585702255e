package org.interlocutor.engagement;

import java.time.Instant;
import org.interlocutor.contact.ContactRow;
import org.jspecify.annotations.Nullable;

/**
 * A person not met lately, with the start of the latest engagement with them that the reader may see (null: none
 * the reader may see, ever).
 */
public record QuietContact(ContactRow contact, @Nullable Instant lastEngagedAt) {
}
