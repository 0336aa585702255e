package org.interlocutor.contact;

import org.interlocutor.shared.Translatable;

/** Which contacts a list shows: the active ones (the default), the archived ones, or both. */
public enum ArchiveState implements Translatable {
    ACTIVE,
    ARCHIVED,
    ALL;

    @Override
    public String messageKey() {
        return "archive-state." + name();
    }
}
