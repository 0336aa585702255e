package org.interlocutor.contact;

import org.jspecify.annotations.Nullable;

/** What a bulk action does to each selected contact. */
public sealed interface BulkAction {

    record AddTag(String tagName) implements BulkAction {
    }

    record RemoveTag(long tagId) implements BulkAction {
    }

    record SetOwner(@Nullable Long ownerId) implements BulkAction {
    }

    record Archive() implements BulkAction {
    }

    record Restore() implements BulkAction {
    }
}
