package org.interlocutor.engagement;

import org.interlocutor.shared.Translatable;

/** What kind of interaction an engagement was. */
public enum EngagementKind implements Translatable {
    MEETING,
    CALL,
    EMAIL,
    LETTER,
    EVENT,
    BRIEFING,
    SIDE_EVENT,
    FIELD_MISSION;

    @Override
    public String messageKey() {
        return "engagement.kind." + name();
    }
}
