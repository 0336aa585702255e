package org.interlocutor.engagement;

import org.interlocutor.country.CountryRow;
import org.interlocutor.country.CountryService;
import org.interlocutor.organization.OrganizationRow;
import org.interlocutor.organization.OrganizationService;
import org.springframework.stereotype.Component;

/** Where an organisation listed on an engagement stands (country, regional group), for the engagement's keys. */
@Component
class OrganizationPlaces {

    private final OrganizationService organizations;
    private final CountryService countries;

    OrganizationPlaces(OrganizationService organizations, CountryService countries) {
        this.organizations = organizations;
        this.countries = countries;
    }

    EngagementKeys.OrganizationPlace of(long organizationId) {
        String countryCode = organizations.find(organizationId).map(OrganizationRow::countryCode).orElse(null);
        return new EngagementKeys.OrganizationPlace(organizationId, countryCode, countryCode == null ? null
                : countries.find(countryCode).map(CountryRow::regionalGroup).orElse(null));
    }
}
