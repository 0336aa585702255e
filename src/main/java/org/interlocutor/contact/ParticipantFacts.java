package org.interlocutor.contact;

import java.util.Set;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * What the engagements of a contact are filed under and how sensitive the contact is: read without the viewer's
 * need-to-know so that derived data stays right whoever saves, and never shown to anyone as such.
 */
public record ParticipantFacts(long contactId, Sensitivity sensitivity, StakeholderCategory category,
                               @Nullable String countryCode, @Nullable RegionalGroup regionalGroup,
                               Set<Long> currentOrganizationIds) {

    public ParticipantFacts {
        currentOrganizationIds = Set.copyOf(currentOrganizationIds);
    }
}
