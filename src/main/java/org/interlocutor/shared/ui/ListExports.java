package org.interlocutor.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;

/**
 * Offers to export a list the way it is shown: its filter, its sort, its visible columns, or only the ticked rows.
 * Lists ask for the button without knowing the feature that makes exports, which implements this as a Spring bean.
 */
public interface ListExports {

    /** What is being listed. */
    enum ListKind {
        CONTACTS,
        /** The engagements list; its snapshot's query string is the list's address (see EngagementListQuery). */
        ENGAGEMENTS,
        /** The people of a campaign's engagements; the snapshot's query string is "campaign=ID". */
        CAMPAIGN_CONTACTS,
        /** The organisations list; its snapshot's query string is the list's address (q, kind, country, archived). */
        ORGANIZATIONS,
        /** The signed-in person's open follow-ups. */
        FOLLOW_UPS
    }

    /** The export button of a list of that kind; {@code snapshot} is read when the person exports. */
    Component button(ListKind kind, Supplier<ListSnapshot> snapshot);
}
