package org.interlocutor.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.interlocutor.organization.OrganizationRenamed;
import org.interlocutor.organization.OrganizationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts keep a copy of their current organisation's name for lists and searching: when an organisation is
 * renamed, every contact affiliated with it, whatever its sensitivity, gets its copies refreshed, in the rename's
 * own transaction.
 */
@Component
class OrganizationRenameListener {

    private final ContactRepository contacts;
    private final OrganizationService organizations;
    private final Clock clock;

    OrganizationRenameListener(ContactRepository contacts, OrganizationService organizations, Clock clock) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void refreshCopies(OrganizationRenamed renamed) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = new HashMap<>();
        names.put(renamed.organizationId(), renamed.displayName());
        for (Contact contact : contacts.allAffiliatedWith(renamed.organizationId())) {
            for (Long organizationId : contact.organizationIds()) {
                if (!names.containsKey(organizationId)) {
                    organizations.find(organizationId)
                            .ifPresent(organization -> names.put(organizationId, organization.displayName()));
                }
            }
            contact.refreshCopies(names, today);
        }
    }
}
