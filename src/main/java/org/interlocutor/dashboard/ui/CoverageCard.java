package org.interlocutor.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Comparator;
import org.interlocutor.country.CountryRow;
import org.interlocutor.dashboard.Coverage;
import org.interlocutor.dashboard.CoverageWindow;
import org.interlocutor.dashboard.DashboardService;
import org.interlocutor.dashboard.GroupCoverage;
import org.interlocutor.shared.chart.BarChart;
import org.interlocutor.shared.chart.ChartHeader;
import org.interlocutor.shared.ui.AppRoutes;
import org.interlocutor.shared.ui.ChartPanel;
import org.interlocutor.shared.ui.Formats;
import org.interlocutor.shared.ui.UiTexts;

/**
 * State Party coverage: for each UN regional group, its State Parties and how many were reached in the last 30, 90
 * or 365 days, as a horizontal bar per group (reached, then not reached) above a table with the same numbers and the
 * ones not reached behind a disclosure, each a link to its country's page.
 */
class CoverageCard extends DashboardCard {

    private final transient DashboardService dashboard;
    final RadioButtonGroup<CoverageWindow> window = new RadioButtonGroup<>();
    final NativeTable table = new NativeTable();
    final Paragraph period = new Paragraph();
    final ChartPanel chart;

    CoverageCard(DashboardService dashboard) {
        super(UiTexts.translate("dashboard.coverage.title"), "coverage-card");
        this.dashboard = dashboard;
        window.setAriaLabel(getTranslation("dashboard.coverage.window"));
        window.setItems(CoverageWindow.values());
        window.setItemLabelGenerator(UiTexts::label);
        window.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
        window.addClassName("coverage-window");
        window.setValue(CoverageWindow.DAYS_90);
        window.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(dashboard.coverage(change.getValue()));
            }
        });
        addToHeading(window);
        table.addClassNames("figure-table", "coverage-table");
        period.addClassNames("muted", "coverage-period");
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        Coverage coverage = dashboard.coverage(CoverageWindow.DAYS_90);
        chart = new ChartPanel(barChart(coverage), "state-party-coverage");
        chart.addClassName("coverage-chart");
        add(period, chart, scroller);
        show(coverage);
    }

    private BarChart barChart(Coverage coverage) {
        int parties = coverage.groups().stream().mapToInt(GroupCoverage::stateParties).sum();
        int reached = coverage.groups().stream().mapToInt(GroupCoverage::reached).sum();
        String from = Formats.date(coverage.from());
        String to = Formats.date(coverage.to());
        ChartHeader header = new ChartHeader(getTranslation("dashboard.coverage.chart.title", from, to),
                getTranslation("dashboard.coverage.chart.description", reached, parties, from, to),
                getTranslation("dashboard.coverage.chart.empty"), Formats.locale());
        return BarChart.builder(header).stacked().horizontal()
                .categories(coverage.groups().stream().map(group -> UiTexts.label(group.group())).toList())
                .axisTitles("", getTranslation("dashboard.coverage.column.parties"))
                .series(getTranslation("dashboard.coverage.reached"),
                        coverage.groups().stream().map(GroupCoverage::reached).toList())
                .series(getTranslation("dashboard.coverage.not-reached"),
                        coverage.groups().stream().map(group -> group.notReached().size()).toList())
                .build();
    }

    private void show(Coverage coverage) {
        chart.setChart(barChart(coverage));
        period.setText(getTranslation("dashboard.coverage.period", Formats.date(coverage.from()),
                Formats.date(coverage.to())));
        // the table keeps its head, body and foot: emptying the table itself would leave their old rows behind
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.getFoot().removeAllRows();
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {"dashboard.coverage.column.group", "dashboard.coverage.column.parties",
                "dashboard.coverage.column.reached", "dashboard.coverage.column.share",
                "dashboard.coverage.column.not-reached"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        int parties = 0;
        int reached = 0;
        for (GroupCoverage group : coverage.groups()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("group-" + group.group().name().toLowerCase(java.util.Locale.ROOT));
            row.addHeaderCell().setText(UiTexts.label(group.group()));
            numbers(row, group.stateParties(), group.reached());
            row.addDataCell().add(notReached(group));
            parties += group.stateParties();
            reached += group.reached();
        }
        NativeTableRow total = table.getFoot().addRow();
        total.addHeaderCell().setText(getTranslation("dashboard.coverage.all-groups"));
        numbers(total, parties, reached);
        total.addDataCell().setText(FigureLabels.number(parties - reached));
    }

    private static void numbers(NativeTableRow row, int parties, int reached) {
        number(row.addDataCell(), FigureLabels.number(parties));
        number(row.addDataCell(), FigureLabels.number(reached));
        number(row.addDataCell(), parties == 0 ? "" : FigureLabels.number(Math.round(100.0 * reached / parties))
                + "\u00a0%");
    }

    private static void number(NativeTableCell cell, String text) {
        cell.setText(text);
        cell.addClassName("number");
    }

    private Component notReached(GroupCoverage group) {
        if (group.notReached().isEmpty()) {
            Div none = new Div(getTranslation("dashboard.coverage.all-reached"));
            none.addClassName("muted");
            return none;
        }
        Div countries = new Div();
        countries.addClassName("country-links");
        group.notReached().stream()
                .sorted(Comparator.comparing((CountryRow country) -> country.name(getLocale()),
                        java.text.Collator.getInstance(getLocale())))
                .forEach(country -> {
                    Anchor link = new Anchor(AppRoutes.country(country.code()), country.name(getLocale()));
                    link.addClassName("country-link");
                    countries.add(link);
                });
        Details details = new Details(getTranslation("dashboard.coverage.not-reached.summary",
                group.notReached().size()), countries);
        details.addClassName("not-reached");
        return details;
    }
}
