package org.interlocutor.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.interlocutor.shared.chart.BarChart;
import org.interlocutor.shared.chart.ChartHeader;
import org.interlocutor.shared.chart.ScatterChart;
import org.interlocutor.shared.chart.ScatterChart.Axis;
import org.interlocutor.shared.chart.ScatterChart.Tick;

/**
 * A screen for the tests only (test sources, no menu entry): a bar chart and a stakeholder-map-like scatter whose
 * points link to screens, to try {@link ChartPanel} in a real browser.
 */
@Route("test/charts")
@PermitAll
class ChartSamplesView extends Div {

    static final String LINKED_ROUTE = "contacts/987654321";

    ChartSamplesView() {
        setWidthFull();
        Locale locale = getLocale();
        BarChart bars = BarChart.builder(new ChartHeader("Engagements by type", "Engagements per type this year",
                        "No engagements", locale))
                .categories(List.of("Meeting", "Call", "Email", "Briefing"))
                .series("2025", 12, 7, 30, 4).series("2026", 15, 4, 22, 6)
                .axisTitles("Type", "Engagements")
                .build();
        ScatterChart map = ScatterChart.builder(new ChartHeader("Stakeholder map",
                        "Contacts by stance and influence", "No contacts", locale))
                .xAxis(Axis.categories("Stance", List.of("Opposed", "Neutral", "Supportive")))
                .yAxis(Axis.numeric("Influence", 0.5, 5.5, List.of(new Tick(1, "1"), new Tick(2, "2"),
                        new Tick(3, "3"), new Tick(4, "4"), new Tick(5, "5"))))
                .groups(List.of("Engaged in the last 30 days", "Not engaged since"))
                .point(2, 4, "Ana <b>Lima</b>", "Engaged in the last 30 days", LINKED_ROUTE)
                .point(2, 4, "Ben Ode", "Not engaged since", "contacts")
                .point(0, 1, "Chloé Martin", "Not engaged since", null)
                .build();
        ChartPanel barPanel = new ChartPanel(bars, "engagements-by-type");
        barPanel.setId("bar-chart");
        ChartPanel mapPanel = new ChartPanel(map, "stakeholder-map");
        mapPanel.setId("map-chart");
        add(barPanel, mapPanel);
    }
}
