package org.interlocutor.outreach;

import org.interlocutor.shared.Translatable;

/** What a plan's target is. */
public enum TargetKind implements Translatable {
    CONTACT,
    ORGANIZATION,
    COUNTRY;

    @Override
    public String messageKey() {
        return "outreach.target-kind." + name();
    }
}
