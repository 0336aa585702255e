package org.interlocutor.engagement;

import java.util.List;
import org.interlocutor.contact.ContactService;
import org.interlocutor.shared.audit.FieldChange;
import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.audit.RecordVisibility;
import org.springframework.stereotype.Component;

/** A follow-up is seen exactly when its engagement is; the people it concerns, as far as the reader sees them. */
@Component
class FollowUpRecordVisibility implements RecordVisibility {

    private final FollowUpService followUps;
    private final ContactService contacts;

    FollowUpRecordVisibility(FollowUpService followUps, ContactService contacts) {
        this.followUps = followUps;
        this.contacts = contacts;
    }

    @Override
    public String recordType() {
        return RecordTypes.FOLLOW_UP;
    }

    @Override
    public boolean canSee(long recordId) {
        return followUps.canSee(recordId);
    }

    @Override
    public List<FieldChange> visibleChanges(List<FieldChange> changes) {
        return EngagementRecordVisibility.withVisibleContacts(changes, FollowUp.CONTACTS, contacts);
    }
}
