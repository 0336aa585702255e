package org.interlocutor.engagement.ui;

import com.vaadin.flow.function.SerializableRunnable;

/**
 * MERGE POINT: opens the dialog that logs an engagement, for the "Log engagement" button of the engagements list.
 * The log dialog's branch provides it (its {@code EngagementLogger} bean, or a one-line adapter to it); until a bean
 * exists the button does not show.
 */
interface LogEngagementHook {

    /** Opens the dialog; {@code logged} runs after an engagement was saved, so that the list can read again. */
    void open(SerializableRunnable logged);
}
