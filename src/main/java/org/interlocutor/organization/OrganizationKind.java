package org.interlocutor.organization;

import org.interlocutor.shared.Translatable;

/** What an organisation is. */
public enum OrganizationKind implements Translatable {
    /** An organ or unit of the International Criminal Court. */
    ICC,
    GOVERNMENT,
    PERMANENT_MISSION,
    EMBASSY,
    IGO,
    NGO,
    ACADEMIA,
    MEDIA,
    OTHER;

    @Override
    public String messageKey() {
        return "organization-kind." + name();
    }
}
