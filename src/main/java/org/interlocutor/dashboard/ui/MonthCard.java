package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.interlocutor.dashboard.MonthOverMonth;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Engagements this month so far against last month: the change is measured against last month up to the same day,
 * and the whole of last month is given beside it.
 */
class MonthCard extends DashboardCard {

    final Span thisMonth;
    final Span change;
    final Paragraph lastMonth;

    MonthCard(MonthOverMonth figures) {
        super(UiTexts.translate("dashboard.month.title"), "month-card");
        thisMonth = new Span(FigureLabels.number(figures.thisMonth()));
        thisMonth.addClassName("figure-number");
        Span label = new Span(getTranslation("dashboard.month.so-far", figures.thisMonth(),
                FigureLabels.month(figures.month())));
        label.addClassName("figure-label");
        // the list of these engagements: from the first of the month on
        Anchor figure = new Anchor(AppRoutes.ENGAGEMENTS + "?from=" + figures.month().atDay(1));
        figure.add(thisMonth, label);
        figure.addClassNames("figure", "figure-this-month");
        change = changePill(figures);
        Div row = new Div(figure, change);
        row.addClassName("figures");
        lastMonth = new Paragraph(getTranslation("dashboard.month.last-month", figures.lastMonthToSameDay(),
                figures.lastMonth(), FigureLabels.month(figures.previousMonth())));
        lastMonth.addClassNames("muted", "last-month");
        add(row, lastMonth);
    }

    private Span changePill(MonthOverMonth figures) {
        long difference = figures.change();
        String signed = (difference > 0 ? "+" : difference < 0 ? "−" : "±") + FigureLabels.number(Math.abs(difference));
        Long percent = figures.changePercent();
        String text = percent == null ? signed
                : getTranslation("dashboard.month.change", signed, (percent > 0 ? "+" : percent < 0 ? "−" : "±")
                + FigureLabels.number(Math.abs(percent)));
        Span pill = new Span(text);
        pill.addClassNames("status-pill", "month-change",
                difference > 0 ? "change-up" : difference < 0 ? "change-down" : "change-none");
        pill.getElement().setAttribute("title", getTranslation("dashboard.month.change.tooltip",
                FigureLabels.month(figures.previousMonth())));
        return pill;
    }
}
