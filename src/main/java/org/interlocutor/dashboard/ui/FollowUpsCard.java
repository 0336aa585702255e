package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.interlocutor.dashboard.MyFollowUps;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.UiTexts;

/** The signed-in officer's follow-ups overdue and due today, each a link to their follow-ups. */
class FollowUpsCard extends DashboardCard {

    final Anchor overdue;
    final Anchor dueToday;

    FollowUpsCard(MyFollowUps mine) {
        super(UiTexts.translate("dashboard.follow-ups.title"), "follow-ups-card");
        overdue = figure(mine.overdue(), "dashboard.follow-ups.overdue", "figure-overdue");
        overdue.getElement().getClassList().set("figure-alert", mine.overdue() > 0);
        dueToday = figure(mine.dueToday(), "dashboard.follow-ups.due-today", "figure-due-today");
        Div figures = new Div(overdue, dueToday);
        figures.addClassName("figures");
        add(figures);
    }

    private Anchor figure(long count, String labelKey, String className) {
        Span number = new Span(FigureLabels.number(count));
        number.addClassName("figure-number");
        Span label = new Span(getTranslation(labelKey, count));
        label.addClassName("figure-label");
        Anchor link = new Anchor(AppRoutes.FOLLOW_UPS);
        link.add(number, label);
        link.addClassNames("figure", className);
        return link;
    }
}
