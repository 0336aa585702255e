package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.details.Details;
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
import org.interlocutor.shared.chart.BarChart;
import org.interlocutor.shared.chart.ChartHeader;
import org.interlocutor.shared.ui.ChartPanel;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/**
 * Engagements per month over the last twelve months, by campaign or by kind: stacked bars, one per month, and the
 * same figures as a compact table (one row per series, one column per month) behind a disclosure under the chart,
 * for screen readers and anyone who wants the exact numbers.
 */
class MonthlyCard extends DashboardCard {

    private final transient DashboardService dashboard;
    final RadioButtonGroup<MonthlyBreakdown> breakdown = new RadioButtonGroup<>();
    final NativeTable table = new NativeTable();
    final Paragraph note = new Paragraph();
    final ChartPanel chart;
    final Details tableDetails;

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
        tableDetails = new Details(getTranslation("dashboard.monthly.as-table"), scroller);
        tableDetails.addClassNames("figure-table-details", "monthly-table-details");
        MonthlySeries figures = dashboard.engagementsPerMonth(MonthlyBreakdown.BY_CAMPAIGN);
        chart = new ChartPanel(barChart(figures), "engagements-per-month");
        chart.addClassName("monthly-chart");
        add(chart, note, tableDetails);
        show(figures);
    }

    private void show(MonthlySeries figures) {
        chart.setChart(barChart(figures));
        showTable(figures);
    }

    private BarChart barChart(MonthlySeries figures) {
        boolean byKind = figures.breakdown() == MonthlyBreakdown.BY_KIND;
        List<YearMonth> months = figures.months();
        long total = figures.totals().stream().mapToLong(Long::longValue).sum();
        ChartHeader header = new ChartHeader(
                getTranslation(byKind ? "dashboard.monthly.chart.title.kind" : "dashboard.monthly.chart.title.campaign"),
                months.isEmpty() ? getTranslation("dashboard.monthly.empty")
                        : getTranslation("dashboard.monthly.chart.description", FigureLabels.month(months.getFirst()),
                                FigureLabels.month(months.getLast()), total),
                getTranslation("dashboard.monthly.empty"), Formats.locale());
        BarChart.Builder bars = BarChart.builder(header).stacked()
                .categories(months.stream().map(FigureLabels::shortMonth).toList())
                .axisTitles("", getTranslation("dashboard.monthly.chart.axis"));
        for (FigureSeries series : figures.series()) {
            bars.series(FigureLabels.text(series.label()), series.values());
        }
        return bars.build();
    }

    private void showTable(MonthlySeries figures) {
        // the table keeps its head, body and foot: emptying the table itself would leave their old rows behind
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
