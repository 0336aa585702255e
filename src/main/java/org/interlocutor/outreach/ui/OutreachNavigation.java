package org.interlocutor.outreach.ui;

/** The address of a plan's page, in one place for the screens that link to it. */
final class OutreachNavigation {

    static final String PLAN = "plans/:id";

    private OutreachNavigation() {
    }

    static String toPlan(long planId) {
        return "plans/" + planId;
    }
}
