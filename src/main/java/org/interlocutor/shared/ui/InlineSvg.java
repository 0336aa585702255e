package org.interlocutor.shared.ui;

import com.vaadin.flow.component.html.Div;
import org.interlocutor.shared.chart.Chart;
import org.interlocutor.shared.chart.ChartRenderer;

/**
 * A chart's SVG inline in the page, so that its tooltips, links and text stay live and accessible. The drawing comes
 * from {@link ChartRenderer}, never from a caller, and goes in through {@link MarkupSanitizer}, the one class
 * allowed to write markup, which checks it first. Keep it taking a {@link Chart}, not a string.
 */
final class InlineSvg extends Div {

    InlineSvg() {
        addClassName("chart-svg");
    }

    /** Shows {@code chart} drawn for {@code width} CSS pixels; {@code id} is unique in the page. */
    void show(Chart chart, int width, String id) {
        MarkupSanitizer.showSvg(getElement(), ChartRenderer.svg(chart, width, id));
    }
}
