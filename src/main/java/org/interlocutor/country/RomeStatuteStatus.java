package org.interlocutor.country;

import org.interlocutor.shared.Translatable;

/** Where a state stands with the Rome Statute. */
public enum RomeStatuteStatus implements Translatable {
    STATE_PARTY,
    SIGNATORY,
    NON_PARTY,
    /** Was a State Party and withdrew (Art. 127). */
    WITHDRAWN,
    /** Signed, then told the depositary it does not intend to become a party. */
    SIGNATURE_WITHDRAWN;

    @Override
    public String messageKey() {
        return "rome-status." + name();
    }
}
