package org.interlocutor.contact;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The contacts a bulk action applies to: the rows ticked in a list, or everything its filter finds. Either way only
 * the contacts the person may see are touched.
 */
public record BulkSelection(Set<Long> ids, @Nullable ContactFilter filter) {

    public static BulkSelection of(Set<Long> ids) {
        return new BulkSelection(Set.copyOf(ids), null);
    }

    public static BulkSelection allMatching(ContactFilter filter) {
        return new BulkSelection(Set.of(), filter);
    }
}
