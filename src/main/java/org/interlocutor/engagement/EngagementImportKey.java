package org.interlocutor.engagement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an imported engagement can be matched on, in the order tried: the id of an earlier export, then its start
 * and title.
 */
public record EngagementImportKey(@Nullable Long exportId, Instant startedAt, String title) {
}
