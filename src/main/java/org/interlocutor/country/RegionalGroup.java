package org.interlocutor.country;

import org.interlocutor.shared.Translatable;

/** The five UN regional groups, as the Assembly of States Parties counts them for elections. */
public enum RegionalGroup implements Translatable {
    AFRICAN,
    ASIA_PACIFIC,
    EASTERN_EUROPEAN,
    LATIN_AMERICAN_CARIBBEAN,
    WESTERN_EUROPEAN_OTHERS;

    @Override
    public String messageKey() {
        return "regional-group." + name();
    }
}
