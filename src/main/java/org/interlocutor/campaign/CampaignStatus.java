package org.interlocutor.campaign;

import org.interlocutor.shared.Translatable;

/** Where a campaign stands. Pickers offer the planned and active ones first. */
public enum CampaignStatus implements Translatable {
    PLANNED,
    ACTIVE,
    ON_HOLD,
    COMPLETED;

    /** Planned or active: a campaign that engagements are still being logged for. */
    public boolean current() {
        return this == PLANNED || this == ACTIVE;
    }

    @Override
    public String messageKey() {
        return "campaign-status." + name();
    }
}
