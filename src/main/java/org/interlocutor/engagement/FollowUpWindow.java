package org.interlocutor.engagement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.interlocutor.shared.Translatable;
import org.jspecify.annotations.Nullable;

/** The parts of a person's open follow-ups: overdue, due by the end of this week (Sunday), later. */
public enum FollowUpWindow implements Translatable {
    OVERDUE,
    THIS_WEEK,
    LATER;

    /** The first due date in the window, inclusive; null when open-ended. */
    @Nullable LocalDate from(LocalDate today) {
        return switch (this) {
            case OVERDUE -> null;
            case THIS_WEEK -> today;
            case LATER -> endOfWeek(today).plusDays(1);
        };
    }

    /** The last due date in the window, inclusive; null when open-ended. */
    @Nullable LocalDate to(LocalDate today) {
        return switch (this) {
            case OVERDUE -> today.minusDays(1);
            case THIS_WEEK -> endOfWeek(today);
            case LATER -> null;
        };
    }

    private static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    @Override
    public String messageKey() {
        return "follow-up.window." + name();
    }
}
