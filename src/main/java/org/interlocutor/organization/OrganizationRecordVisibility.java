package org.interlocutor.organization;

import org.interlocutor.shared.audit.RecordTypes;
import org.interlocutor.shared.audit.RecordVisibility;
import org.springframework.stereotype.Component;

/** Organisations are not need-to-know records: anyone signed in sees every one that exists, and its history. */
@Component
class OrganizationRecordVisibility implements RecordVisibility {

    private final OrganizationService organizations;

    OrganizationRecordVisibility(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public String recordType() {
        return RecordTypes.ORGANIZATION;
    }

    @Override
    public boolean canSee(long recordId) {
        return organizations.find(recordId).isPresent();
    }
}
