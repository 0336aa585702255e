package org.interlocutor.access;

import org.interlocutor.shared.Sensitivity;

/** Which protected record a path may give away, and so who must see it there. */
enum Guarded {

    /** The protected contact itself. */
    CONTACT("contact"),
    /** The protected meeting itself. */
    ENGAGEMENT("engagement"),
    /**
     * The protected contact as a participant of the protected meeting (a campaign's people, a stakeholder map, the
     * people a follow-up concerns): only who may see both.
     */
    CONTACT_IN_ITS_ENGAGEMENT("contact in its engagement");

    final String label;

    Guarded(String label) {
        this.label = label;
    }

    boolean visibleTo(AccessReader reader, Sensitivity sensitivity) {
        return switch (this) {
            case CONTACT -> reader.seesContact(sensitivity);
            case ENGAGEMENT -> reader.seesEngagement(sensitivity);
            case CONTACT_IN_ITS_ENGAGEMENT -> reader.seesContact(sensitivity) && reader.seesEngagement(sensitivity);
        };
    }
}
