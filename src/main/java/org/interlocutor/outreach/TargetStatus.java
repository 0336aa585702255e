package org.interlocutor.outreach;

import org.interlocutor.shared.Translatable;

/**
 * Where a target stands, as computed when read: reached by an engagement since the plan began, not reached yet, or
 * not reached and the plan's target date has passed.
 */
public enum TargetStatus implements Translatable {
    REACHED,
    NOT_YET_REACHED,
    OVERDUE;

    @Override
    public String messageKey() {
        return "outreach.status." + name();
    }
}
