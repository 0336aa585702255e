package org.interlocutor.shared.ui;

import com.vaadin.flow.component.html.Div;
import org.interlocutor.shared.chart.Chart;
import org.interlocutor.shared.chart.ChartRenderer;

/**
 * The one place that puts a chart's SVG into a page as markup (the browser parses it through {@code innerHTML}).
 * Issue 8 keeps HTML and {@code innerHTML} inside a single sanitiser; this class is the exception it must know
 * about, and it is safe only because what it inserts comes from {@link ChartRenderer}, never from a caller: the
 * renderer escapes every text it writes (titles, category, series and point labels typed by users, links checked
 * to be application routes), so nothing in it can open a tag or a script. Keep it taking a {@link Chart}, not a
 * string.
 */
final class InlineSvg extends Div {

    InlineSvg() {
        addClassName("chart-svg");
    }

    /** Shows {@code chart} drawn for {@code width} CSS pixels; {@code id} is unique in the page. */
    void show(Chart chart, int width, String id) {
        getElement().setProperty("innerHTML", ChartRenderer.svg(chart, width, id));
    }
}
