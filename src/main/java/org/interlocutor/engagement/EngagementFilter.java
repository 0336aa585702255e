package org.interlocutor.engagement;

import java.time.Instant;
import org.interlocutor.contact.StakeholderCategory;
import org.interlocutor.country.RegionalGroup;
import org.jspecify.annotations.Nullable;

/**
 * What an engagements list or timeline is narrowed to; empty parts do not narrow. {@code from} is inclusive and
 * {@code until} exclusive. {@code contactId}, {@code organizationId} and {@code countryCode} are what the
 * timelines of a contact, an organisation (its own engagements and its members') and a country use.
 */
public record EngagementFilter(@Nullable Instant from, @Nullable Instant until, @Nullable EngagementKind kind,
                               @Nullable Long campaignId, @Nullable Long staffId,
                               @Nullable StakeholderCategory category, @Nullable String countryCode,
                               @Nullable RegionalGroup regionalGroup, String text, @Nullable Long contactId,
                               @Nullable Long organizationId) {

    public static final EngagementFilter NONE = new EngagementFilter(null, null, null, null, null, null, null, null,
            "", null, null);

    public static EngagementFilter ofContact(long contactId) {
        return NONE.withContact(contactId);
    }

    public static EngagementFilter ofOrganization(long organizationId) {
        return new EngagementFilter(null, null, null, null, null, null, null, null, "", null, organizationId);
    }

    public static EngagementFilter ofCountry(String countryCode) {
        return new EngagementFilter(null, null, null, null, null, null, countryCode, null, "", null, null);
    }

    public static EngagementFilter ofCampaign(long campaignId) {
        return new EngagementFilter(null, null, null, campaignId, null, null, null, null, "", null, null);
    }

    public EngagementFilter withContact(@Nullable Long newContactId) {
        return new EngagementFilter(from, until, kind, campaignId, staffId, category, countryCode, regionalGroup,
                text, newContactId, organizationId);
    }

    public EngagementFilter withPeriod(@Nullable Instant newFrom, @Nullable Instant newUntil) {
        return new EngagementFilter(newFrom, newUntil, kind, campaignId, staffId, category, countryCode,
                regionalGroup, text, contactId, organizationId);
    }

    public EngagementFilter withKind(@Nullable EngagementKind newKind) {
        return new EngagementFilter(from, until, newKind, campaignId, staffId, category, countryCode, regionalGroup,
                text, contactId, organizationId);
    }

    public EngagementFilter withCampaign(@Nullable Long newCampaignId) {
        return new EngagementFilter(from, until, kind, newCampaignId, staffId, category, countryCode, regionalGroup,
                text, contactId, organizationId);
    }

    public EngagementFilter withStaff(@Nullable Long newStaffId) {
        return new EngagementFilter(from, until, kind, campaignId, newStaffId, category, countryCode, regionalGroup,
                text, contactId, organizationId);
    }

    public EngagementFilter withCategory(@Nullable StakeholderCategory newCategory) {
        return new EngagementFilter(from, until, kind, campaignId, staffId, newCategory, countryCode, regionalGroup,
                text, contactId, organizationId);
    }

    public EngagementFilter withCountry(@Nullable String newCountryCode) {
        return new EngagementFilter(from, until, kind, campaignId, staffId, category, newCountryCode, regionalGroup,
                text, contactId, organizationId);
    }

    public EngagementFilter withRegionalGroup(@Nullable RegionalGroup newGroup) {
        return new EngagementFilter(from, until, kind, campaignId, staffId, category, countryCode, newGroup, text,
                contactId, organizationId);
    }

    public EngagementFilter withText(String newText) {
        return new EngagementFilter(from, until, kind, campaignId, staffId, category, countryCode, regionalGroup,
                newText, contactId, organizationId);
    }

    public EngagementFilter withOrganization(@Nullable Long newOrganizationId) {
        return new EngagementFilter(from, until, kind, campaignId, staffId, category, countryCode, regionalGroup,
                text, contactId, newOrganizationId);
    }
}
