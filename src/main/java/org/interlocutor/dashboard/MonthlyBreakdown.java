package org.interlocutor.dashboard;

import org.interlocutor.shared.Translatable;

/** How the engagements of each month are split: by campaign or by kind. */
public enum MonthlyBreakdown implements Translatable {
    BY_CAMPAIGN,
    BY_KIND;

    @Override
    public String messageKey() {
        return "dashboard.monthly.breakdown." + name();
    }
}
