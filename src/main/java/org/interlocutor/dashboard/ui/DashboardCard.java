package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** One figure of the dashboard: a titled card, with what changes the figure (a period, a number) beside the title. */
class DashboardCard extends Section {

    private final Div heading;
    final H2 title;

    DashboardCard(String titleText, String className) {
        addClassNames("card", "dashboard-card", className);
        title = new H2(titleText);
        heading = new Div(title);
        heading.addClassName("card-heading");
        add(heading);
    }

    /** A control beside the title. */
    void addToHeading(Component... controls) {
        heading.add(controls);
    }
}
