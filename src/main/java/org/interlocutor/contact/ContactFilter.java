package org.interlocutor.contact;

import java.time.LocalDate;
import java.util.Set;
import org.interlocutor.country.RegionalGroup;
import org.interlocutor.shared.Sensitivity;
import org.jspecify.annotations.Nullable;

/**
 * What a contacts list is narrowed to. Empty parts do not narrow: {@link #NONE} lists every active contact the
 * viewer may see. {@code organizationId} narrows to the people with a current affiliation there.
 */
public record ContactFilter(String text, Set<StakeholderCategory> categories, @Nullable String countryCode,
                            @Nullable RegionalGroup regionalGroup, @Nullable Long tagId, @Nullable Long ownerId,
                            @Nullable Sensitivity sensitivity, @Nullable LocalDate engagedFrom,
                            @Nullable LocalDate engagedTo, ArchiveState archiveState,
                            @Nullable Long organizationId) {

    public static final ContactFilter NONE = new ContactFilter("", Set.of(), null, null, null, null, null, null, null,
            ArchiveState.ACTIVE, null);

    public ContactFilter {
        categories = Set.copyOf(categories);
    }

    public ContactFilter withText(String newText) {
        return new ContactFilter(newText, categories, countryCode, regionalGroup, tagId, ownerId, sensitivity,
                engagedFrom, engagedTo, archiveState, organizationId);
    }

    public ContactFilter withCountry(@Nullable String newCountryCode) {
        return new ContactFilter(text, categories, newCountryCode, regionalGroup, tagId, ownerId, sensitivity,
                engagedFrom, engagedTo, archiveState, organizationId);
    }

    public ContactFilter withRegionalGroup(@Nullable RegionalGroup newGroup) {
        return new ContactFilter(text, categories, countryCode, newGroup, tagId, ownerId, sensitivity, engagedFrom,
                engagedTo, archiveState, organizationId);
    }

    public ContactFilter withTag(@Nullable Long newTagId) {
        return new ContactFilter(text, categories, countryCode, regionalGroup, newTagId, ownerId, sensitivity,
                engagedFrom, engagedTo, archiveState, organizationId);
    }

    public ContactFilter withOwner(@Nullable Long newOwnerId) {
        return new ContactFilter(text, categories, countryCode, regionalGroup, tagId, newOwnerId, sensitivity,
                engagedFrom, engagedTo, archiveState, organizationId);
    }

    public ContactFilter withSensitivity(@Nullable Sensitivity newSensitivity) {
        return new ContactFilter(text, categories, countryCode, regionalGroup, tagId, ownerId, newSensitivity,
                engagedFrom, engagedTo, archiveState, organizationId);
    }

    public ContactFilter withEngaged(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new ContactFilter(text, categories, countryCode, regionalGroup, tagId, ownerId, sensitivity, from, to,
                archiveState, organizationId);
    }

    public ContactFilter withArchiveState(ArchiveState newState) {
        return new ContactFilter(text, categories, countryCode, regionalGroup, tagId, ownerId, sensitivity,
                engagedFrom, engagedTo, newState, organizationId);
    }

    public ContactFilter withCategories(Set<StakeholderCategory> newCategories) {
        return new ContactFilter(text, newCategories, countryCode, regionalGroup, tagId, ownerId, sensitivity,
                engagedFrom, engagedTo, archiveState, organizationId);
    }

    public ContactFilter withOrganization(@Nullable Long newOrganizationId) {
        return new ContactFilter(text, categories, countryCode, regionalGroup, tagId, ownerId, sensitivity,
                engagedFrom, engagedTo, archiveState, newOrganizationId);
    }
}
