package org.interlocutor.contact;

import org.interlocutor.shared.Translatable;

/** Where a person stands toward the NGO's asks, for the stakeholder map. */
public enum Stance implements Translatable {
    SUPPORTIVE,
    NEUTRAL,
    OPPOSED,
    UNKNOWN;

    @Override
    public String messageKey() {
        return "stance." + name();
    }
}
