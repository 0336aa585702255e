package org.interlocutor.country;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A country as lists and pages show it, with its name in both languages and who last changed it. */
public record CountryRow(String code, String iso3, String nameEn, String nameFr,
                         @Nullable RegionalGroup regionalGroup, RomeStatuteStatus romeStatus,
                         @Nullable LocalDate signedOn, @Nullable LocalDate ratifiedOn, @Nullable LocalDate inForceOn,
                         @Nullable LocalDate withdrawalNotifiedOn, @Nullable LocalDate withdrawalEffectiveOn,
                         LocalDate asOf, Instant updatedAt, String updatedBy, long version) {

    public String name(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    static CountryRow of(Country country) {
        return new CountryRow(country.code(), country.iso3(), country.nameEn(), country.nameFr(),
                country.regionalGroup(), country.romeStatus(), country.signedOn(), country.ratifiedOn(),
                country.inForceOn(), country.withdrawalNotifiedOn(), country.withdrawalEffectiveOn(),
                country.asOf(), country.updatedAt(), country.updatedBy(), country.version());
    }
}
