package org.interlocutor.dashboard;

import java.util.List;
import org.interlocutor.country.CountryRow;
import org.interlocutor.country.RegionalGroup;

/** One UN regional group's State Parties, how many were reached, and the ones not reached (by English name). */
public record GroupCoverage(RegionalGroup group, int stateParties, List<CountryRow> notReached) {

    public GroupCoverage {
        notReached = List.copyOf(notReached);
    }

    public int reached() {
        return stateParties - notReached.size();
    }
}
