package org.interlocutor.dashboard;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Engagements this month so far against last month: the whole of it, and up to the same day of the month, which is
 * the fairer comparison early in a month.
 */
public record MonthOverMonth(YearMonth month, long thisMonth, long lastMonth, long lastMonthToSameDay) {

    public YearMonth previousMonth() {
        return month.minusMonths(1);
    }

    /** This month so far less last month up to the same day. */
    public long change() {
        return thisMonth - lastMonthToSameDay;
    }

    /** The change in percent of last month up to the same day, rounded; null when there was nothing then. */
    public @Nullable Long changePercent() {
        return lastMonthToSameDay == 0 ? null : Math.round(100.0 * change() / lastMonthToSameDay);
    }
}
