package org.interlocutor.contact;

import org.interlocutor.country.CountryRegionalGroupChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Contacts keep their country's regional group for fast filtering; this keeps it right when a country moves. */
@Component
class CountryGroupListener {

    private final ContactRepository contacts;

    CountryGroupListener(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @EventListener
    void on(CountryRegionalGroupChanged change) {
        contacts.setRegionalGroup(change.countryCode(), change.regionalGroup());
    }
}
