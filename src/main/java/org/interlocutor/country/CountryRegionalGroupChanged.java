package org.interlocutor.country;

import org.jspecify.annotations.Nullable;

/** An administrator moved a country to another UN regional group: copies of the group must follow. */
public record CountryRegionalGroupChanged(String countryCode, @Nullable RegionalGroup regionalGroup) {
}
