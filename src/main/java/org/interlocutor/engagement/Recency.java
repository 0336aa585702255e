package org.interlocutor.engagement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.interlocutor.shared.Translatable;
import org.jspecify.annotations.Nullable;

/** How recently a contact was last engaged, as of a date: what the stakeholder map marks each point with. */
public enum Recency implements Translatable {
    WITHIN_30_DAYS,
    DAYS_31_TO_90,
    DAYS_91_TO_365,
    LONGER_OR_NEVER;

    /** The bucket of a last engagement on {@code lastEngagedOn} (null: never), seen from {@code asOf}. */
    public static Recency of(@Nullable LocalDate lastEngagedOn, LocalDate asOf) {
        if (lastEngagedOn == null) {
            return LONGER_OR_NEVER;
        }
        long days = ChronoUnit.DAYS.between(lastEngagedOn, asOf);
        return days <= 30 ? WITHIN_30_DAYS : days <= 90 ? DAYS_31_TO_90 : days <= 365 ? DAYS_91_TO_365
                : LONGER_OR_NEVER;
    }

    @Override
    public String messageKey() {
        return "recency." + name();
    }
}
