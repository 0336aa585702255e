package org.interlocutor.country;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An administrator's correction of a country's reference data, made on the version they saw. */
public record CountryChanges(String nameEn, String nameFr, @Nullable RegionalGroup regionalGroup,
                             RomeStatuteStatus romeStatus, @Nullable LocalDate signedOn,
                             @Nullable LocalDate ratifiedOn, @Nullable LocalDate inForceOn,
                             @Nullable LocalDate withdrawalNotifiedOn, @Nullable LocalDate withdrawalEffectiveOn,
                             long version) {
}
