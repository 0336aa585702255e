package org.interlocutor.dashboard;

import org.interlocutor.shared.Translatable;

/** How far back coverage looks: the last 30, 90 or 365 days, today included. */
public enum CoverageWindow implements Translatable {
    DAYS_30(30),
    DAYS_90(90),
    DAYS_365(365);

    private final int days;

    CoverageWindow(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    @Override
    public String messageKey() {
        return "dashboard.coverage.window." + name();
    }
}
