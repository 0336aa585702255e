package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.time.YearMonth;
import java.util.List;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.dashboard.FigureSeries;
import org.interlocutor.dashboard.MonthlyBreakdown;
import org.interlocutor.dashboard.MonthlySeries;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Engagements per month over the last twelve months, by campaign or by kind: a compact table (one row per series,
 * one column per month) until the server-drawn charts take its place.
 */
class MonthlyCard extends DashboardCard {

    private final transient DashboardService dashboard;
    final RadioButtonGroup<MonthlyBreakdown> breakdown = new RadioButtonGroup<>();
    final NativeTable table = new NativeTable();
    final Paragraph note = new Paragraph();

    MonthlyCard(DashboardService dashboard) {
        super(UiTexts.translate("dashboard.monthly.title"), "monthly-card");
        this.dashboard = dashboard;
        breakdown.setAriaLabel(getTranslation("dashboard.monthly.breakdown"));
        breakdown.setItems(MonthlyBreakdown.values());
        breakdown.setItemLabelGenerator(UiTexts::label);
        breakdown.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
        breakdown.addClassName("monthly-breakdown");
        breakdown.setValue(MonthlyBreakdown.BY_CAMPAIGN);
        breakdown.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(dashboard.engagementsPerMonth(change.getValue()));
            }
        });
        addToHeading(breakdown);
        table.addClassNames("figure-table", "monthly-table");
        note.addClassNames("muted", "monthly-note");
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        add(scroller, note);
        show(dashboard.engagementsPerMonth(MonthlyBreakdown.BY_CAMPAIGN));
    }

    private void show(MonthlySeries figures) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.getFoot().removeAllRows();
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation(figures.breakdown() == MonthlyBreakdown.BY_KIND
                ? "dashboard.monthly.column.kind" : "dashboard.monthly.column.campaign"));
        for (YearMonth month : figures.months()) {
            // the month above its year: twelve columns and a total fit the card without scrolling
            Span name = new Span(FigureLabels.monthName(month));
            name.addClassName("month-name");
            Span year = new Span(String.valueOf(month.getYear()));
            year.addClassName("month-year");
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.add(name, year);
            cell.getElement().setAttribute("title", FigureLabels.month(month));
        }
        head.addHeaderCell().setText(getTranslation("dashboard.monthly.column.total"));
        for (FigureSeries series : figures.series()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(FigureLabels.text(series.label()));
            numbers(row, series.values());
        }
        if (figures.series().isEmpty()) {
            NativeTableCell none = table.getBody().addRow().addDataCell();
            none.setColspan(figures.months().size() + 2);
            none.setText(getTranslation("dashboard.monthly.empty"));
            none.addClassName("muted");
        }
        NativeTableRow total = table.getFoot().addRow();
        total.addHeaderCell().setText(getTranslation("dashboard.monthly.row.total"));
        numbers(total, figures.totals());
        note.setText(getTranslation(figures.breakdown() == MonthlyBreakdown.BY_KIND ? "dashboard.monthly.note.kind"
                : "dashboard.monthly.note.campaign"));
    }

    private static void numbers(NativeTableRow row, List<Long> values) {
        for (long value : values) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(FigureLabels.number(value));
            cell.addClassName("number");
        }
        NativeTableCell total = row.addDataCell();
        total.setText(FigureLabels.number(values.stream().mapToLong(Long::longValue).sum()));
        total.addClassNames("number", "row-total");
    }
}
