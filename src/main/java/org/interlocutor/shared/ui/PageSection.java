package org.interlocutor.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part that one feature adds to another feature's record page without the page knowing it: the contacts of a
 * country, the members of an organisation, later a contact's engagement timeline. Implementations are Spring
 * beans; each call to {@link #create} makes a new component for one record.
 */
public interface PageSection {

    /** The record pages that take sections. */
    enum Page {
        CONTACT,
        ORGANIZATION,
        COUNTRY,
        CAMPAIGN,
        ENGAGEMENT
    }

    Page page();

    /** Where the section goes among the page's others: lower first. */
    int order();

    /** The section for the record with this key (an id, or a country code). */
    Component create(String recordKey);
}
