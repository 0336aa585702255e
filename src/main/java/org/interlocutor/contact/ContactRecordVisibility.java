package org.interlocutor.contact;

import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.audit.RecordVisibility;
import org.springframework.stereotype.Component;

/** The contacts' need-to-know rule, as the audit trail asks it before showing a contact's history. */
@Component
class ContactRecordVisibility implements RecordVisibility {

    private final ContactService contacts;

    ContactRecordVisibility(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String recordType() {
        return RecordTypes.CONTACT;
    }

    @Override
    public boolean canSee(long recordId) {
        return contacts.canSee(recordId);
    }
}
