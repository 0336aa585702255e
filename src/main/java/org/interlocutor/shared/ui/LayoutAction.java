package org.interlocutor.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A button a feature puts in the header of every screen (log an engagement), without the layout knowing the
 * feature. Implementations are Spring beans; {@link #create} is called once per layout instance.
 */
public interface LayoutAction {

    /** Where the action goes among the others: lower first. */
    int order();

    Component create();
}
