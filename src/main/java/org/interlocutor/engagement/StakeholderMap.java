package org.interlocutor.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's stakeholder map as it stood at the end of a day: the contacts engaged in the campaign by then that
 * the reader may see. {@code points}: those with an influence, the most influential and most recently engaged first,
 * at most {@link StakeholderMapService#MAX_POINTS} of the {@code placedCount}; {@code notPlaced}: those without an
 * influence, the most recently engaged first, at most as many of the {@code notPlacedCount}. {@code today}: the map
 * is today's, the only one whose positions may be changed.
 */
public record StakeholderMap(long campaignId, LocalDate asOf, boolean today, List<StakeholderPoint> points,
                             int placedCount, List<StakeholderPoint> notPlaced, int notPlacedCount) {

    /** The placed contacts the cap left out of {@link #points}. */
    public int leftOut() {
        return placedCount - points.size();
    }

    /** The contacts without influence left out of {@link #notPlaced}. */
    public int notPlacedLeftOut() {
        return notPlacedCount - notPlaced.size();
    }

    public boolean isEmpty() {
        return placedCount == 0 && notPlacedCount == 0;
    }
}
