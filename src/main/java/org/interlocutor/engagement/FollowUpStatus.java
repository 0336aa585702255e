package org.interlocutor.engagement;

import org.interlocutor.shared.Translatable;

public enum FollowUpStatus implements Translatable {
    OPEN,
    DONE,
    CANCELLED;

    @Override
    public String messageKey() {
        return "follow-up.status." + name();
    }
}
