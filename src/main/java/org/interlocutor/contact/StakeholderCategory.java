package org.interlocutor.contact;

import org.interlocutor.shared.Translatable;

/** Which kind of stakeholder a person is, for the NGO's mapping. */
public enum StakeholderCategory implements Translatable {
    ICC_OFFICIAL,
    STATE_PARTY_REPRESENTATIVE,
    NON_STATE_PARTY_GOVERNMENT,
    INTERGOVERNMENTAL,
    HUMAN_RIGHTS_DEFENDER,
    CIVIL_SOCIETY,
    ACADEMIA,
    MEDIA,
    OTHER;

    @Override
    public String messageKey() {
        return "category." + name();
    }
}
