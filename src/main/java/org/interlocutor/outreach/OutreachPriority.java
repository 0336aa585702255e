package org.interlocutor.outreach;

import org.interlocutor.shared.Translatable;

/** How much a plan matters among a campaign's others, the most pressing first. */
public enum OutreachPriority implements Translatable {
    HIGH,
    MEDIUM,
    LOW;

    @Override
    public String messageKey() {
        return "outreach.priority." + name();
    }
}
