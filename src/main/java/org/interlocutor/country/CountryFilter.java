package org.interlocutor.country;

import org.jspecify.annotations.Nullable;

/** The countries list's filter: text in the name or code, a regional group, a Rome Statute status. */
public record CountryFilter(String text, @Nullable RegionalGroup regionalGroup, @Nullable RomeStatuteStatus status) {

    public static final CountryFilter ALL = new CountryFilter("", null, null);
}
